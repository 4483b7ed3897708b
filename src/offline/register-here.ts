import { registerOfflineWorker } from './register';

// Every page registers the course's offline worker, under the site's base path.
registerOfflineWorker(import.meta.env.BASE_URL);
