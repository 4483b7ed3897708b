import type { QuizMode } from '../../schemas/quiz';

/** What a quiz's mode decides, in one place: every switch on `mode` reads this map. */
export interface ModeRules {
  /** Taken as a whole quiz: its own page, `<Quiz>`, the LMS exports. Quick checks are placed question by question. */
  standalone: boolean;
  /** Each question has its own Check button and shows its feedback at once. */
  checkEachAnswer: boolean;
  /** How the quiz is taken, as the line under its heading says it. */
  howTo: string;
  /** The button that ends an attempt. */
  submitLabel: string;
}

/** Keyed by the mode union, so a mode added to the schema fails to compile until it is described here. */
export const modeRules: { readonly [M in QuizMode]: ModeRules } = {
  practice: {
    standalone: true,
    checkEachAnswer: true,
    howTo: 'check each answer as you go',
    submitLabel: 'Finish and see my result',
  },
  exam: {
    standalone: true,
    checkEachAnswer: false,
    howTo: 'answer every question, then submit for your result',
    submitLabel: 'Submit answers',
  },
  check: {
    standalone: false,
    checkEachAnswer: true,
    howTo: 'check each answer where the lesson asks it',
    submitLabel: 'Check',
  },
};
