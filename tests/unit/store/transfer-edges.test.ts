// The edges of a progress file that the first tests left open (found by mutation testing): what counts as a quiz
// taken, version fields of every wrong kind, how many damaged entries a refusal names, and the file's last newline.
import { describe, expect, test } from 'vitest';
import { countProgress, decodeImport, encodeExport } from '../../../src/engines/store/transfer';
import { CURRENT_VERSION, emptyProgress, type Progress } from '../../../src/engines/store/types';

const AT = '2026-12-01T10:00:00.000Z';
const SCORE = { score: 1, maxScore: 2, percent: 50, passed: false, at: AT };
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'isolation-lab-progress', formatVersion: 1, course: 'Isolation Lab', ...fields });

describe('what counts', () => {
  test('a quiz is taken once it has an attempt or a best score, passed only with a pass date', () => {
    const progress: Progress = {
      ...emptyProgress(),
      lessons: { a: { visitedAt: AT }, b: { visitedAt: AT, markedDoneAt: AT }, c: { visitedAt: AT } },
      quizzes: {
        opened: { attempts: [], attemptCount: 0 },
        openedToo: { attempts: [], attemptCount: 0 },
        migrated: { attempts: [], attemptCount: 0, best: SCORE },
        tried: { attempts: [SCORE], attemptCount: 1, best: SCORE },
        passed: { attempts: [], attemptCount: 2, best: SCORE, passedAt: AT },
      },
    };
    expect(countProgress(progress)).toEqual({
      lessonsOpened: 3,
      lessonsMarked: 1,
      quizzesTaken: 3,
      quizzesPassed: 1,
      labsFinished: 0,
    });
  });
});

describe('version fields of every wrong kind are refused as damage or as newer', () => {
  test.each([
    ['text', '1'],
    ['a fraction', 1.5],
    ['zero', 0],
    ['missing', undefined],
  ])('format version %s: damaged', (_what, formatVersion) => {
    expect(decodeImport(file({ formatVersion, progress: emptyProgress() }), AT)).toMatchObject({
      ok: false,
      code: 'damaged',
    });
  });

  test('a store version above this one inside a current file: newer, not damaged', () => {
    const progress = { ...emptyProgress(), version: CURRENT_VERSION + 1 };
    expect(decodeImport(file({ progress }), AT)).toMatchObject({ ok: false, code: 'future' });
  });

  test('a record in no form the course knows says so; damaged entries are counted in the plural', () => {
    expect(decodeImport(file({ progress: { version: 'x' } }), AT)).toMatchObject({
      ok: false,
      message: expect.stringContaining('its progress record is not in a form this course knows'),
    });
    const twoBad = { ...emptyProgress(), lessons: { a: 'x', b: 7 } };
    expect(decodeImport(file({ progress: twoBad }), AT)).toMatchObject({
      ok: false,
      message: expect.stringContaining('damaged: 2 entries could not be read'),
    });
  });
});

test('an exported file ends with one newline, as text files do', () => {
  const text = encodeExport(emptyProgress(), 'Isolation Lab', AT);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
});
