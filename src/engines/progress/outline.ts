/** The course as progress needs it: order, minutes, quizzes and labs, and no lesson content. */

/** One lesson, in course order. */
export interface OutlineLesson {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  /** The lesson's quiz; passing it makes the lesson done. */
  readonly quiz?: string;
  /** The labs (terminal scenario ids) the lesson and its quiz use. */
  readonly labs: readonly string[];
}

/** One module with its lessons, in course order. */
export interface OutlineModule {
  readonly id: string;
  readonly title: string;
  readonly lessons: readonly OutlineLesson[];
}

/** The whole course, built from the checked content and handed to the browser as JSON. */
export interface CourseOutline {
  readonly modules: readonly OutlineModule[];
  /** The final exam's quiz id, if the course has one. */
  readonly exam?: string;
  /** Lab titles by id, so finished labs can be listed by name. */
  readonly labTitles: Readonly<Record<string, string>>;
}
