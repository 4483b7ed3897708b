import type { DecisionAid } from '../../../src/schemas/decision-aid';

/** A small aid: two questions, three outcomes, rules of every kind (exclude, favour, note). */
export const smallAid: DecisionAid = {
  questions: [
    {
      id: 'kernel',
      legend: 'Own kernel?',
      short: 'Kernel',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
    },
    {
      id: 'speed',
      legend: 'Fast start?',
      short: 'Speed',
      options: [
        { id: 'high', label: 'High' },
        { id: 'low', label: 'Low' },
        { id: 'any', label: 'Any' },
      ],
    },
  ],
  recommendations: [
    { id: 'containers', title: 'Containers', summary: 'Share the host kernel, hardened.', lessons: ['a'] },
    { id: 'micro', title: 'MicroVM', summary: 'A small VM for each container.', lessons: ['a'] },
    { id: 'vms', title: 'VMs', summary: 'A whole guest OS for each workload.', lessons: ['a'] },
  ],
  rules: [
    {
      id: 'own-kernel',
      when: { kernel: 'yes' },
      excludes: ['containers'],
      favours: { vms: 1 },
      reason: 'Reason number 1, long enough to read.',
      lessons: ['a'],
    },
    {
      id: 'fast',
      when: { speed: 'high' },
      excludes: [],
      favours: { containers: 2, micro: 2 },
      reason: 'Reason number 2, long enough to read.',
      lessons: ['a'],
    },
    {
      id: 'slow',
      when: { speed: 'low' },
      excludes: [],
      favours: { vms: 1 },
      reason: 'Reason number 3, long enough to read.',
      lessons: ['a'],
    },
    {
      id: 'note',
      when: { speed: 'any' },
      excludes: [],
      favours: {},
      reason: 'Reason number 4, long enough to read.',
      lessons: ['a'],
    },
    {
      id: 'both',
      when: { kernel: 'no', speed: 'low' },
      excludes: [],
      favours: { containers: 3 },
      reason: 'Reason number 5, long enough to read.',
      lessons: ['a'],
    },
  ],
};
