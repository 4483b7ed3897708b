import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { LessonFieldsSchema } from './schemas/lesson';
import { lessonIdFromPath } from './course/model';

export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './lessons',
      pattern: '**/[^_]*.{md,mdx}',
      // The URL comes from the file name without its order prefix, so reordering keeps links stable.
      generateId: ({ entry }) => 'lessons/' + lessonIdFromPath(entry),
    }),
    // Utility pages built with <StarlightPage> do not carry lesson fields, so they are optional here;
    // the course loader (src/course/load-course.ts) requires them of every lesson file.
    schema: docsSchema({ extend: LessonFieldsSchema.partial() }),
  }),
  // Starlight's interface strings (src/content/i18n/en.json): English as shipped, declared so the build does not
  // warn about a missing collection.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
