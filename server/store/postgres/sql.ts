import pg from 'pg';

/** Values a query may bind: what node-postgres turns into parameters. */
export type Param =
  string | number | boolean | null | readonly string[] | readonly number[] | Uint8Array;

/**
 * A transaction's isolation. SERIALIZABLE by default: a read-then-write is as safe across nodes
 * as inside SQLite's single writer. READ COMMITTED for work whose safety comes from the row
 * locks it takes first (a counter, a conversation's next seq): under SERIALIZABLE every
 * concurrent update of one hot row fails and is retried, under READ COMMITTED it waits its turn.
 */
export type Isolation = 'serializable' | 'read committed';

/**
 * The few ways repositories talk to PostgreSQL. `tx` runs its work in one transaction and runs
 * it again when PostgreSQL reports a serialization failure or a deadlock, so work given to
 * `tx` must touch nothing but the database. Inside a transaction, `tx` opens a savepoint: a
 * failing inner step undoes only itself, as in better-sqlite3.
 */
export interface Sql {
  all<R>(text: string, params?: readonly Param[]): Promise<R[]>;
  get<R>(text: string, params?: readonly Param[]): Promise<R | undefined>;
  /** The number of rows the statement changed. */
  run(text: string, params?: readonly Param[]): Promise<number>;
  tx<T>(work: (sql: Sql) => Promise<T>, isolation?: Isolation): Promise<T>;
}

const INT8 = 20;
const NUMERIC = 1700;

/** COUNT and SUM give int8 or numeric, which node-postgres hands back as strings. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return format === 'binary'
      ? pg.types.getTypeParser(oid, 'binary')
      : pg.types.getTypeParser(oid, 'text');
  },
} as pg.CustomTypesConfig;

/** 40001 serialization_failure, 40P01 deadlock_detected: the transaction may simply be retried. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 30;
/** The longest pause between two attempts; pauses grow from 1 ms, at random below their cap. */
const MAX_BACKOFF_MS = 200;

function isRetryable(error: unknown): boolean {
  return error instanceof pg.DatabaseError && RETRYABLE.has(error.code ?? '');
}

type Queryable = pg.Pool | pg.PoolClient;

type Transact = (work: (sql: Sql) => Promise<unknown>, isolation: Isolation) => Promise<unknown>;

type Track = <T>(work: () => Promise<T>) => Promise<T>;

function runner(db: Queryable, inTx: Transact, track: Track = (work) => work()) {
  const query = async <R>(text: string, params: readonly Param[] = []) =>
    track(() => db.query<R & pg.QueryResultRow>({ text, values: [...params], types }));
  const sql: Sql = {
    async all<R>(text: string, params?: readonly Param[]) {
      return (await query<R>(text, params)).rows;
    },
    async get<R>(text: string, params?: readonly Param[]) {
      return (await query<R>(text, params)).rows[0];
    },
    async run(text, params) {
      return (await query(text, params)).rowCount ?? 0;
    },
    tx<T>(work: (sql: Sql) => Promise<T>, isolation: Isolation = 'serializable') {
      return inTx(work as (sql: Sql) => Promise<unknown>, isolation) as Promise<T>;
    },
  };
  return sql;
}

/** Runs `work` in a savepoint of the transaction `client` is in. */
function savepoints(client: pg.PoolClient) {
  let depth = 0;
  const inner: Sql = runner(client, async (work) => {
    const name = `kefu_${++depth}`;
    await client.query(`SAVEPOINT ${name}`);
    try {
      const value = await work(inner);
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return value;
    } catch (error) {
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    } finally {
      depth--;
    }
  });
  return inner;
}

export interface Database extends Sql {
  pool: pg.Pool;
  /**
   * Runs `work` holding the advisory lock named `name`, which every node sharing the database
   * waits for. Held by a connection of its own, so a node that dies lets go of it; those come
   * from a pool apart, so holders waiting for their work's queries never starve them.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connections per node for locks held by `exclusive`. */
const LOCK_CONNECTIONS = 3;
/** Closing waits until the database has been idle this long: work under way has its next step. */
const QUIET_MS = 50;
/** …but no longer than this. */
const CLOSE_WAIT_MS = 5_000;

/**
 * A pool for `url`; `max` connections, plus a few for locks (PostgreSQL's default server limit
 * is 100 for all nodes together).
 */
export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, types });
  const locks = new pg.Pool({ connectionString: url, max: LOCK_CONNECTIONS, types });
  // An idle client that loses its server (a restart) emits here; the pool replaces it.
  pool.on('error', () => undefined);
  locks.on('error', () => undefined);
  // Queries and transactions under way, and when the last one ended: for a clean close.
  let active = 0;
  let lastEnded = 0;
  const track: Track = async (work) => {
    active += 1;
    try {
      return await work();
    } finally {
      active -= 1;
      lastEnded = Date.now();
    }
  };

  const transaction: Transact = (work, isolation) => track(() => attempts(work, isolation));
  const attempts: Transact = async (work, isolation) => {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
        const value = await work(savepoints(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      } finally {
        client.release(broken);
      }
      // A random pause growing with each attempt, so transactions that collided spread out.
      const cap = Math.min(MAX_BACKOFF_MS, 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * cap));
    }
  };

  return {
    ...runner(pool, transaction, track),
    pool,
    async exclusive(name, work) {
      const client = await locks.connect();
      let broken = false;
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {
            broken = true;
          });
        }
      } finally {
        // A connection that could not unlock still holds the lock: closing it lets go.
        client.release(broken);
      }
    },
    /**
     * Lets the work under way finish first: a chat message being stored when the node stops
     * takes several queries, and each must still find the pool open.
     */
    async close() {
      const giveUp = Date.now() + CLOSE_WAIT_MS;
      while (Date.now() < giveUp && (active > 0 || Date.now() - lastEnded < QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 4));
      }
      if (!pool.ended) await pool.end();
      if (!locks.ended) await locks.end();
    },
  };
}
