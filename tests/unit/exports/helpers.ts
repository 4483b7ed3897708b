import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { courseQuizzes } from '../../../src/course/quiz-source';
import type { Quiz } from '../../../src/schemas/quiz';

/** Every quiz of the course as the exports see it (a final exam with its whole bank). */
export const quizzes: Quiz[] = courseQuizzes();

const SCHEMA_DIR = join(import.meta.dirname, '../../fixtures/schemas/qti21');

/** Every vendored .xsd, as xmllint's in-memory files, paths relative to the schema folder. */
function schemaFiles(): XMLFileInfo[] {
  return readdirSync(SCHEMA_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.xsd'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { fileName: relative(SCHEMA_DIR, path).split('\\').join('/'), contents: readFileSync(path, 'utf8') };
    });
}

const preload = schemaFiles();

/** Validates XML documents against one of the vendored schemas; returns xmllint's error lines (none when valid). */
export async function validateAgainst(schema: string, docs: Array<{ name: string; xml: string }>): Promise<string[]> {
  const main = preload.find((f) => f.fileName === schema);
  if (!main) throw new Error(`no vendored schema ${schema}`);
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name.replace(/[^\w.-]/g, '_'), contents: d.xml })),
    schema: main,
    preload: preload.filter((f) => f !== main),
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => e.rawMessage);
}
