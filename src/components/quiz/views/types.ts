import type { Question, QuestionGrade } from '../../../engines/quiz/index';

/**
 * How one question type reads, orders and marks its server-rendered controls. Views never grade:
 * answers go to the engine in its `AnswerMap` shapes, and marks come from its grade and `answerKey`.
 */
export interface QuestionView {
  /** The learner's answer in the engine's shape; undefined when nothing was given. */
  read(fs: HTMLElement): unknown;
  /** Shows the choices in the attempt's order (ids from `startAttempt`'s `order`). */
  arrange?(fs: HTMLElement, order: readonly string[]): void;
  /** An answer in words, for "Your answer" and "Right answer". */
  describe(fs: HTMLElement, answer: unknown): string;
  /** Labels each option or item in words; without it, the result block lists the grade's parts. */
  mark?(fs: HTMLElement, grade: QuestionGrade, key: unknown): void;
  /** Puts a saved answer back into the controls (a quick check's last answer after a reload). */
  fill?(fs: HTMLElement, answer: unknown): void;
  /** Wires the type's own controls, once. */
  setup?(fs: HTMLElement, announce: (text: string) => void): void;
}

export type { Question, QuestionGrade };
