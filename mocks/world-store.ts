/**
 * Where the simulated world is kept (docs/adr/0004-persistence-in-the-browser.md): one stored
 * world and its revision record, read and written together. In the browser that is IndexedDB
 * (through idb-keyval), which holds worlds of tens of MB and gives a real compare-and-set: a write
 * reads the stored revision and decides, in one readwrite transaction, whether it may land. Other
 * tabs learn of a write through a BroadcastChannel. Plain Node and jsdom tests use memory stores.
 *
 * Worlds used to live in localStorage under `LEGACY_STORAGE_KEY`; the first open of the IndexedDB
 * store moves such a world in (when IndexedDB holds none yet) and then removes the old key.
 */
import { delMany, getMany, promisifyRequest } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

export const DB_NAME = 'site-recovery-simulator';
export const OBJECT_STORE = 'world';
/** The object store's keys: the world (JSON text, docs/scenario-format.md) and its revision record. */
export const WORLD_KEY = 'world';
export const REVISION_KEY = 'revision';
/** Tabs announce their writes on this channel (the revision record, or null when cleared). */
export const CHANNEL_NAME = 'site-recovery-simulator.world';
/** The localStorage key of the world before IndexedDB: migrated on first open, then removed. */
export const LEGACY_STORAGE_KEY = 'site-recovery-simulator.world';

/** Written with every world, in the same transaction. */
export interface StoredRevision {
  /** Bumped by every write. */
  revision: number;
  /** The runtime (tab) that wrote it. */
  writer: string;
  /** Real time (ms) up to which the stored world was caught up with the clock. */
  syncedAt: number;
  /** True when the write only caught the world up with real time (no one changed it). */
  byClock: boolean;
  /** The revision of the last write that changed the world (a commit, an import, a reset). */
  changed: number;
  /**
   * Set by the runtime when the simulation serialized the world itself (its `WORLD_FORMAT`): such a
   * world is read back without validation. Absent on raw text and on worlds moved in from localStorage.
   */
  format?: string;
}

export interface StoredWorld {
  text: string;
  revision: StoredRevision | null;
}

/** Given the stored revision (read in the write's own transaction): the record to write, or null to write nothing. */
export type DecideWrite = (stored: StoredRevision | null) => StoredRevision | null;

export type WriteResult =
  | { written: true; revision: StoredRevision }
  /** `failed`: the store refused (quota, privacy mode); otherwise `decide` declined. */
  | { written: false; stored: StoredRevision | null; failed?: boolean };

export interface WorldStore {
  read(): Promise<StoredWorld | null>;
  /** The revision record alone (cheap: every request compares it). */
  revision(): Promise<StoredRevision | null>;
  /** Stores the world with the record `decide` returns, atomically with the read of the stored one. */
  write(worldText: string, decide: DecideWrite): Promise<WriteResult>;
  /** Tests: put raw text in place of the world (a new revision, as another tab's write). */
  writeText(text: string): Promise<void>;
  clear(): Promise<void>;
  /** Calls `listener` when another tab wrote (or cleared) the store. */
  subscribe(listener: (revision: StoredRevision | null) => void): void;
  /** Stops listening (tests). */
  close(): void;
}

/** A record read back from storage, or null when it is not one. */
export function asRevision(value: unknown): StoredRevision | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredRevision>;
  if (typeof v.revision !== 'number' || typeof v.syncedAt !== 'number') return null;
  const byClock = v.byClock === true;
  return {
    revision: v.revision,
    writer: String(v.writer ?? ''),
    syncedAt: v.syncedAt,
    byClock,
    changed: typeof v.changed === 'number' ? v.changed : byClock ? 0 : v.revision,
    ...(typeof v.format === 'string' ? { format: v.format } : {}),
  };
}

/** The revision record at the start of a localStorage-era document (`{"storedRevision":{…},…}`). */
export function peekLegacyRevision(text: string | null): StoredRevision | null {
  if (text === null) return null;
  const match = /^\{"storedRevision":(\{[^{}]*\})/.exec(text.slice(0, 400));
  if (!match) return null;
  try {
    return asRevision(JSON.parse(match[1]));
  } catch {
    return null;
  }
}

const rawRevision = (stored: StoredRevision | null, writer: string): StoredRevision => {
  const revision = (stored?.revision ?? 0) + 1;
  return { revision, writer, syncedAt: 0, byClock: false, changed: revision };
};

/** Stores in memory (plain Node, unit tests); the stores one `memoryStores` creates share a world. */
export function memoryStores(): { create(): WorldStore } {
  let doc: StoredWorld | null = null;
  const listeners = new Set<{ store: WorldStore; listener: (r: StoredRevision | null) => void }>();
  const notify = (writer: WorldStore) => {
    for (const entry of listeners) if (entry.store !== writer) entry.listener(doc?.revision ?? null);
  };
  return {
    create() {
      const store: WorldStore = {
        read: async () => doc,
        revision: async () => doc?.revision ?? null,
        write: async (text, decide) => {
          const stored = doc?.revision ?? null;
          const next = decide(stored);
          if (!next) return { written: false, stored };
          doc = { text, revision: next };
          notify(store);
          return { written: true, revision: next };
        },
        writeText: async (text) => {
          doc = { text, revision: rawRevision(doc?.revision ?? null, 'test') };
          notify(store);
        },
        clear: async () => {
          doc = null;
          notify(store);
        },
        subscribe: (listener) => {
          listeners.add({ store, listener });
        },
        close: () => {
          for (const entry of listeners) if (entry.store === store) listeners.delete(entry);
        },
      };
      return store;
    },
  };
}

export interface IdbStoreOptions {
  /** IndexedDB (the page's by default; tests pass fake-indexeddb's). */
  factory?: IDBFactory;
  dbName?: string;
  /** Where a localStorage-era world may still be (migrated once, then removed). */
  legacy?: Storage;
  channelName?: string;
}

/** idb-keyval's store shape over a given IDBFactory: one object store, opened on first use. */
function objectStoreOf(factory: IDBFactory, dbName: string): UseStore {
  let db: Promise<IDBDatabase> | null = null;
  return (mode, callback) => {
    if (!db) {
      const request = factory.open(dbName);
      request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
      db = promisifyRequest(request);
    }
    return db.then((d) => callback(d.transaction(OBJECT_STORE, mode).objectStore(OBJECT_STORE)));
  };
}

/** Reads the record and, if `decide` says so, writes world and record: one readwrite transaction. */
function compareAndSet(db: UseStore, text: string, decide: DecideWrite): Promise<WriteResult> {
  return db('readwrite', (store) => {
    return new Promise<WriteResult>((resolve, reject) => {
      const request = store.get(REVISION_KEY);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const stored = asRevision(request.result);
        const next = decide(stored);
        if (!next) {
          resolve({ written: false, stored });
          return;
        }
        store.put(text, WORLD_KEY);
        store.put(next, REVISION_KEY);
        // Answered once the transaction has committed: the world is stored (no write lost to a reload).
        promisifyRequest(store.transaction).then(() => resolve({ written: true, revision: next }), reject);
      };
    });
  });
}

/** IndexedDB (the browser). Another tab's writes arrive on a BroadcastChannel. */
export function idbWorldStore(options: IdbStoreOptions = {}): WorldStore {
  const factory = options.factory ?? globalThis.indexedDB;
  const db = objectStoreOf(factory, options.dbName ?? DB_NAME);
  const channelName = options.channelName ?? CHANNEL_NAME;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  const announce = (revision: StoredRevision | null) => channel?.postMessage(revision);

  /** A localStorage-era world moves in once, when IndexedDB holds none; then its key is removed. */
  async function migrate(): Promise<void> {
    let text: string | null;
    try {
      text = options.legacy?.getItem(LEGACY_STORAGE_KEY) ?? null;
    } catch {
      return;
    }
    if (text === null) return;
    const old = peekLegacyRevision(text);
    const result = await compareAndSet(db, text, (stored) =>
      stored ? null : { ...rawRevision(null, 'localStorage'), syncedAt: old?.syncedAt ?? 0 },
    );
    try {
      options.legacy?.removeItem(LEGACY_STORAGE_KEY);
    } catch {
      // moved in already; a leftover key is read by no one
    }
    if (result.written) announce(result.revision);
  }
  /** Set when IndexedDB cannot be opened (some private modes): the world then lives in memory for the page. */
  let memory: WorldStore | null = null;
  async function open(): Promise<void> {
    try {
      await db('readonly', () => undefined);
    } catch {
      memory = memoryStores().create();
      return;
    }
    try {
      await migrate();
    } catch {
      // The old key stays where it is (not removed); the store starts without it.
    }
  }
  let opened: Promise<void> | null = null;
  const ready = async (): Promise<WorldStore | null> => {
    await (opened ??= open());
    return memory;
  };

  return {
    read: async () => {
      const fallback = await ready();
      if (fallback) return fallback.read();
      const [text, revision] = await getMany<unknown>([WORLD_KEY, REVISION_KEY], db);
      return typeof text === 'string' ? { text, revision: asRevision(revision) } : null;
    },
    revision: async () => {
      const fallback = await ready();
      if (fallback) return fallback.revision();
      const [revision] = await getMany<unknown>([REVISION_KEY], db);
      return asRevision(revision);
    },
    write: async (text, decide) => {
      const fallback = await ready();
      if (fallback) return fallback.write(text, decide);
      let result: WriteResult;
      try {
        result = await compareAndSet(db, text, decide);
      } catch {
        // Quota or privacy mode: the world still lives in memory for this page.
        return { written: false, stored: null, failed: true };
      }
      if (result.written) announce(result.revision);
      return result;
    },
    writeText: async (text) => {
      const fallback = await ready();
      if (fallback) return fallback.writeText(text);
      const result = await compareAndSet(db, text, (stored) => rawRevision(stored, 'test'));
      if (result.written) announce(result.revision);
    },
    clear: async () => {
      const fallback = await ready();
      if (fallback) return fallback.clear();
      await delMany([WORLD_KEY, REVISION_KEY], db);
      announce(null);
    },
    subscribe: (listener) => {
      channel?.addEventListener('message', (event: MessageEvent) => listener(asRevision(event.data)));
    },
    close: () => channel?.close(),
  };
}

/** IndexedDB when the page has it, else memory (jsdom and Node tests). */
export function defaultWorldStore(): WorldStore {
  const g = globalThis as { indexedDB?: IDBFactory; localStorage?: Storage };
  if (g.indexedDB) return idbWorldStore({ legacy: g.localStorage });
  return memoryStores().create();
}
