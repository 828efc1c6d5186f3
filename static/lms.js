// Inside a learning platform (a SCORM package, docs/LMS.md): finds the platform's API, resumes from what it
// kept, and tells it the person's progress and, once the results are shown, their completion and each area's
// level. Loaded by the page's loader only when the page says it is a package (<html data-lms>), which
// scripts/package-lms writes. What is told is decided by the tools module (core::lms); this file only calls
// the API. Every call is guarded: a platform that fails never stops the app, which keeps its own saving.

const VERSIONS = {
  scorm12: {
    api: 'API',
    initialize: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    objectiveStatus: 'status',
    // CMITimespan: HHHH:MM:SS.
    duration: (s) => `${String(Math.floor(s / 3600)).padStart(4, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`,
    unstarted: ['not attempted', ''],
  },
  scorm2004: {
    api: 'API_1484_11',
    initialize: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    finish: 'Terminate',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    objectiveStatus: 'completion_status',
    // ISO 8601 duration.
    duration: (s) => `PT${Math.floor(s / 3600)}H${Math.floor(s / 60) % 60}M${s % 60}S`,
    unstarted: ['not attempted', 'unknown', ''],
  },
};

// How long progress may wait in the platform's buffer before it is committed (sent to its server).
const COMMIT_EVERY_MS = 30_000;

/** The API object `name` on `win` or one of its parents; a window of another origin is passed over. */
function findUp(win, name) {
  for (let depth = 0; win && depth < 10; depth += 1) {
    try {
      if (win[name]) return win[name];
    } catch {
      // Another origin: its properties are out of reach, its parent is not.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The standard discovery: this window and its parents, then the window that opened it and its parents. */
function discover(name) {
  const found = findUp(window, name);
  if (found) return found;
  try {
    return window.opener ? findUp(window.opener, name) : null;
  } catch {
    return null;
  }
}

/**
 * Connects to the platform for package `kind` (`scorm12` or `scorm2004`). `null` when there is no platform:
 * the package then runs as the normal app. Otherwise `{ resumed, save }`: the saved assessment to start from
 * (the tools' choice between what the platform kept and the browser's own copy; empty to start as usual),
 * and the app's saving hook, which answers whether the platform records (`saved`, `not-saved`,
 * `not-recorded`; core::lms::after_platform).
 */
export async function connect(kind, loadTools) {
  const v = VERSIONS[kind];
  const api = v && discover(v.api);
  if (!api) return null;
  const call = (method, ...args) => {
    try {
      return String(api[method](...args));
    } catch {
      return 'false';
    }
  };
  const set = (element, value) => call(v.set, element, value) === 'true';
  const get = (element) => call(v.get, element);
  const begun = Date.now();
  let open = call(v.initialize, '') === 'true';

  // The tools decide what each call carries; loaded now, so that every save is written at once (the last
  // one before the page goes included) and answers with the platform's news.
  let tools = null;
  const withTools = () => loadTools().then((m) => (tools = m));
  await withTools().catch(() => {});
  const kept = open ? get('cmi.suspend_data') : '';
  let resumed = '';
  if (tools && kept && kept !== 'false') {
    let stored = null;
    try {
      stored = localStorage.getItem('skills-radar.assessment'); // core::saved::KEY
    } catch {
      // Storage is blocked: the platform's copy is the only one.
    }
    try {
      resumed = tools.lms_start(kept, stored, Date.now());
    } catch {
      resumed = '';
    }
  }
  if (open && v.unstarted.includes(get(v.status))) set(v.status, 'incomplete');

  // What the platform last did, told to the app with the next save.
  let status = 'saved';
  const tell = (now) => {
    status = now;
  };

  let lastCommit = 0;
  let timer = null;
  let dirty = false;
  const commit = () => {
    clearTimeout(timer);
    timer = null;
    dirty = false;
    lastCommit = Date.now();
    return call(v.commit, '') === 'true';
  };
  const commitSoon = () => {
    dirty = true;
    if (timer) return true;
    const wait = lastCommit + COMMIT_EVERY_MS - Date.now();
    if (wait <= 0) return commit();
    timer = setTimeout(() => {
      if (!commit()) tell('not-saved');
    }, wait);
    return true;
  };

  // The objectives as last recorded, so that an unchanged result is not written again.
  let recorded = '';
  const objectiveIndex = (id) => {
    const count = Number(get('cmi.objectives._count')) || 0;
    for (let n = 0; n < count; n += 1) if (get(`cmi.objectives.${n}.id`) === id) return n;
    return count;
  };
  const record = (objectives) => {
    let ok = set(v.status, 'completed');
    for (const line of objectives) {
      const [id, level] = line.split(' ');
      const n = objectiveIndex(id);
      const at = `cmi.objectives.${n}`;
      ok = set(`${at}.id`, id) && ok;
      ok = set(`${at}.score.min`, '1') && ok;
      ok = set(`${at}.score.max`, '5') && ok;
      ok = set(`${at}.score.raw`, level) && ok;
      ok = set(`${at}.${v.objectiveStatus}`, 'completed') && ok;
    }
    return commit() && ok;
  };

  const write = (saved) => {
    if (!open) return tell('not-saved');
    const [suspend = '', ...rest] = tools.lms_report(saved).split('\n');
    let ok = set('cmi.suspend_data', suspend);
    if (rest[0] === 'completed') {
      const objectives = rest.slice(1);
      const key = objectives.join('\n');
      if (key !== recorded) {
        if (record(objectives) && ok) {
          recorded = key;
        } else {
          return tell('not-recorded');
        }
      }
    }
    ok = commitSoon() && ok;
    // A result the platform refused stays told until it records one.
    if (recorded || rest[0] !== 'completed') tell(ok ? 'saved' : 'not-saved');
  };

  // At once, so the last change is written before the page goes. Without the tools (they did not load),
  // nothing can be written: say so, and try to load them for the next change.
  const save = (saved) => {
    if (tools) {
      try {
        write(saved);
      } catch {
        tell('not-saved');
      }
    } else {
      tell('not-saved');
      withTools().catch(() => {});
    }
    return status;
  };

  const finish = () => {
    if (!open) return;
    // The attempt stays open, so that the next launch resumes, results included.
    set(v.exit, 'suspend');
    set(v.sessionTime, v.duration(Math.round((Date.now() - begun) / 1000)));
    commit();
    call(v.finish, '');
    open = false;
  };
  addEventListener('pagehide', finish);
  // A phone may never fire pagehide: what is written is at least committed when the page is hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && dirty && open && !commit()) tell('not-saved');
  });

  return { resumed, save };
}
