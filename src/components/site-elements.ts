// The course's own scripts that most pages run, as one module: each component's <script> was a request of its own
// (seven on a lesson), and on a slow connection every request started before the first paint delays it. What each
// defines is a small custom element that loads its heavy part (terminal, quiz engine) only when it nears the
// viewport, so a page without that element pays a few hundred bytes for its definition.
import '../offline/register-here';
import './diagram/diagram-zoom-element';
import './progress/lesson-done';
import './progress/sidebar-progress';
import './quick-check/quick-check-element';
import './quiz/quiz-element';
import './terminal/terminal-element';
