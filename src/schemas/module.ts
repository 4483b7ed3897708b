import { z } from 'astro/zod';
import { IdSchema } from './lesson';

/** A course module: a group of lessons shown together in the sidebar and the syllabus. */
export const ModuleSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
});

/** `lessons/modules.yaml`: the modules in course order. */
export const ModulesFileSchema = z.array(ModuleSchema).min(1);

export type Module = z.output<typeof ModuleSchema>;
