import type { CorpusGroup } from './types';

const RUN = ['docker pull alpine:3.22', 'docker run -d --name c alpine:3.22 sleep 100000'];

/** The durations of `docker ps`: go-units HumanDuration, exactly. */
const group: CorpusGroup = {
  group: 'docker: ps durations',
  source:
    'docker/go-units duration.go HumanDuration ("Less than a second", "1 second", "N seconds", "About a minute", ' +
    '"N minutes", "About an hour", "N hours" below 48, then days, weeks, months); docker/cli ' +
    'cli/command/formatter/container.go (CREATED = HumanDuration + " ago", STATUS "Up " + HumanDuration)',
  rows: [
    { setup: RUN, line: 'docker ps', expect: ['Less than a second ago   Up Less than a second'] },
    { setup: [...RUN, 'sleep 1'], line: 'docker ps', expect: ['1 second ago   Up 1 second '], not: ['1 seconds'] },
    { setup: [...RUN, 'sleep 59'], line: 'docker ps', expect: ['59 seconds ago   Up 59 seconds '] },
    { setup: [...RUN, 'sleep 119'], line: 'docker ps', expect: ['About a minute ago   Up About a minute '] },
    { setup: [...RUN, 'sleep 179'], line: 'docker ps', expect: ['2 minutes ago   Up 2 minutes '] },
    { setup: [...RUN, 'sleep 3599'], line: 'docker ps', expect: ['59 minutes ago   Up 59 minutes '] },
    { setup: [...RUN, 'sleep 5399'], line: 'docker ps', expect: ['About an hour ago   Up About an hour '] },
    { setup: [...RUN, 'sleep 5400'], line: 'docker ps', expect: ['2 hours ago   Up 2 hours '] },
  ],
};
export default group;
