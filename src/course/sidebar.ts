import type { Course } from './model';

/**
 * Starlight sidebar groups, one a module, lessons in course order (prev/next follow it), then the final exam, so the
 * last lesson's "Next" leads to it. `data-lesson`, `data-quiz` and `data-exam` let the browser tick what the learner
 * has done (src/components/progress/sidebar-progress.ts); the sidebar itself stays static. The glossary and the teacher
 * pack come last, references rather than steps.
 */
export function buildSidebar(course: Course) {
  const groups = course.modules
    .filter((m) => m.lessons.length > 0)
    .map((m, i) => ({
      label: `${i + 1}. ${m.title}`,
      items: m.lessons.map((l) => ({
        slug: `lessons/${l.id}`,
        label: l.data.title,
        attrs: { 'data-lesson': l.id, ...(l.data.quiz && { 'data-quiz': l.data.quiz }) },
      })),
    }));
  const exam = course.quizzes.find((q) => q.data.final);
  const glossary = course.glossary.length ? [{ label: 'Glossary', link: '/glossary/' }] : [];
  const reference = [...glossary, { label: 'Teacher pack', link: '/teach/' }];
  if (!exam) return [...groups, ...reference];
  return [
    ...groups,
    { label: 'Final exam', link: `/quizzes/${exam.id}/`, attrs: { 'data-exam': exam.id } },
    ...reference,
  ];
}
