import type { Quiz } from '../../schemas/quiz';

/** One downloadable file of the exports, before it is written. */
export interface PlannedFile {
  /** The file's name inside dist/exports/. */
  file: string;
  quizId: string;
  quizTitle: string;
  format: 'gift' | 'qti21' | 'scorm12' | 'scorm2004';
}

/** How each format is named for teachers, in the order the downloads page lists them. */
export const formatNames: Record<PlannedFile['format'], string> = {
  gift: 'Moodle GIFT',
  qti21: 'IMS QTI 2.1 (zip)',
  scorm12: 'SCORM 1.2 (zip)',
  scorm2004: 'SCORM 2004 4th edition (zip)',
};

const suffix: Record<PlannedFile['format'], string> = {
  gift: '.gift',
  qti21: '-qti21.zip',
  scorm12: '-scorm12.zip',
  scorm2004: '-scorm2004.zip',
};

/** The folder under the site's root where the exports are written. */
export const EXPORTS_DIR = 'exports';

/** Every file `npm run export` writes, per quiz (lesson quizzes in course order, then the final exam) and format. */
export function plannedExports(quizzes: readonly Quiz[]): PlannedFile[] {
  const ordered = [...quizzes.filter((q) => !q.final), ...quizzes.filter((q) => q.final)];
  return ordered.flatMap((quiz) =>
    (Object.keys(formatNames) as Array<PlannedFile['format']>).map((format) => ({
      file: `${quiz.id}${suffix[format]}`,
      quizId: quiz.id,
      quizTitle: quiz.title,
      format,
    })),
  );
}

/** "12.3 KB": a size for people, in kilobytes of 1,000 bytes (as browsers and file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
