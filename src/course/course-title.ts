/** The course's name as records, files and the teacher pack print it (the site title in astro.config.mjs). */
export const COURSE_TITLE = 'Isolation Lab';
