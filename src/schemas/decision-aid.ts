import { z } from 'astro/zod';
import { IdSchema } from './lesson';

/** One answer a learner can pick for a question (a radio button). */
export const AnswerOptionSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
});

/** One question of the decision aid: a fieldset of radio buttons; the first option is preselected. */
export const AidQuestionSchema = z.strictObject({
  id: IdSchema,
  legend: z.string().min(1),
  /** Short name for the rules table ("Trust"), where the full legend would be too long. */
  short: z.string().min(1),
  options: z.array(AnswerOptionSchema).min(2),
});

/** One outcome the aid can recommend; the order of the list breaks ties between equal scores. */
export const RecommendationSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string().min(20, 'expected a sentence or two saying what this choice means'),
  lessons: z.array(IdSchema).min(1),
});

/**
 * One rule: when every named question has the named answer, it rules some outcomes out (hard limits) and/or adds
 * weight to others (preferences). Its reason is shown with the recommendation it supports.
 */
export const AidRuleSchema = z.strictObject({
  id: IdSchema,
  when: z.record(IdSchema, IdSchema).refine((w) => Object.keys(w).length > 0, 'expected at least one question: answer'),
  excludes: z.array(IdSchema).default([]),
  favours: z.record(IdSchema, z.number().int().min(1)).default({}),
  reason: z.string().min(20, 'expected a sentence saying why, in the learner’s words'),
  lessons: z.array(IdSchema).min(1),
});

/** lessons/decision-aid.yaml: the decision aid's questions, outcomes and rules. */
export const DecisionAidSchema = z.strictObject({
  questions: z.array(AidQuestionSchema).min(1),
  recommendations: z.array(RecommendationSchema).min(2),
  rules: z.array(AidRuleSchema).min(1),
});

export type AidQuestion = z.output<typeof AidQuestionSchema>;
export type Recommendation = z.output<typeof RecommendationSchema>;
export type AidRule = z.output<typeof AidRuleSchema>;
export type DecisionAid = z.output<typeof DecisionAidSchema>;
