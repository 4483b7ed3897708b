/** The two SCORM versions the exports speak, and what differs between them at run time. */
export type ScormVersion = '1.2' | '2004';

/** The API's method names, the data model's element names and each version's limits. */
export interface VersionInfo {
  /** The window property the LMS puts its API object on. */
  apiName: 'API' | 'API_1484_11';
  calls: { init: string; finish: string; get: string; set: string; commit: string; lastError: string };
  suspendLimit: number;
}

/** Per version: the run-time spec's names and limits (SCORM 1.2 RTE 3.4; SCORM 2004 4th ed. RTE 3 and 4). */
export const versions: Record<ScormVersion, VersionInfo> = {
  '1.2': {
    apiName: 'API',
    calls: {
      init: 'LMSInitialize',
      finish: 'LMSFinish',
      get: 'LMSGetValue',
      set: 'LMSSetValue',
      commit: 'LMSCommit',
      lastError: 'LMSGetLastError',
    },
    suspendLimit: 4096,
  },
  '2004': {
    apiName: 'API_1484_11',
    calls: {
      init: 'Initialize',
      finish: 'Terminate',
      get: 'GetValue',
      set: 'SetValue',
      commit: 'Commit',
      lastError: 'GetLastError',
    },
    suspendLimit: 64000,
  },
};
