import { DATASET_SIZES, type DatasetSize, type DevSettings } from '@/api/dev/schemas';
import { calendarDateOfInstant } from '@/domain/calendar-date';
import { DEFAULT_RULES, type Rules } from '@/domain/rules';
import { withLock } from './db/locks';
import type { RouteDoc } from './handlers/route';
import type { Store } from './db/store';
import { DEFAULT_SEED, META_DATASET, seedStore } from './seed';
import { businessDate } from './services/clock';
import { META_WORK_THROUGH, runScheduledWork, SYSTEM_ACTOR } from './services/scheduled-work';

export interface DatasetMeta {
  customerCount: number;
  seed: number;
  seededOn: string;
}

export interface BackendOptions {
  store: Store;
  /** Where the API lives, e.g. `/api/v1` or `http://localhost/api/v1`. */
  baseUrl: string;
  now?: () => number;
  rules?: Rules;
  /** The dataset a first visit seeds. */
  initialDataset?: { size: DatasetSize; seed?: number };
}

const META_SETTINGS = 'devSettings';

export const DEFAULT_DEV_SETTINGS: DevSettings = {
  latencyMs: 0,
  failureRate: 0,
  offline: false,
  lostResponseRate: 0,
  networkErrorRate: 0,
  latencySpikeRate: 0,
  latencySpikeMs: 3000,
};

export function sizeOfCount(count: number): DatasetSize {
  const entry = Object.entries(DATASET_SIZES).find(([, value]) => value === count);
  return (entry?.[0] as DatasetSize | undefined) ?? 'small';
}

/** The embedded backend: a store, its clock, its rules and its developer settings. */
export class Backend {
  readonly store: Store;
  readonly baseUrl: string;
  readonly now: () => number;
  readonly rules: Rules;
  settings: DevSettings = { ...DEFAULT_DEV_SETTINGS };
  /** Every route the handlers registered, for the OpenAPI document. */
  readonly routes: RouteDoc[] = [];
  /** Every request waits for this: the seed on a first visit, or a reset in progress. */
  ready: Promise<void>;

  constructor(options: BackendOptions) {
    this.store = options.store;
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.now = options.now ?? (() => Date.now());
    this.rules = options.rules ?? DEFAULT_RULES;
    const initial = options.initialDataset ?? { size: 'small' };
    this.ready = this.start(initial.size, initial.seed ?? DEFAULT_SEED);
  }

  private async start(size: DatasetSize, seed: number): Promise<void> {
    // One tab seeds; the others wait for its lock and then find the dataset there.
    await withLock('reseller-console-seed', async () => {
      const existing = await this.store.read((tx) => tx.meta.get<DatasetMeta>(META_DATASET));
      if (!existing) await this.seed(size, seed);
    });
    const stored = await this.store.read((tx) => tx.meta.get<DevSettings>(META_SETTINGS));
    this.settings = { ...DEFAULT_DEV_SETTINGS, ...stored };
  }

  private async seed(size: DatasetSize, seed: number): Promise<void> {
    // Signed-in members stay signed in across a reset: the team is the same.
    const sessions = await this.store.read((tx) => tx.sessions.all());
    await this.store.clear();
    await seedStore(this.store, {
      customerCount: DATASET_SIZES[size],
      seed,
      today: calendarDateOfInstant(this.now()),
    });
    await this.store.write((tx) => tx.sessions.bulkPut(sessions));
  }

  async reset(size: DatasetSize, seed = DEFAULT_SEED): Promise<void> {
    const run = withLock('reseller-console-seed', () => this.seed(size, seed));
    this.ready = run.then(() => this.saveSettings(this.settings));
    await this.ready;
  }

  async saveSettings(settings: DevSettings): Promise<void> {
    this.settings = settings;
    await this.store.write((tx) => tx.meta.put(META_SETTINGS, settings));
  }

  async dataset(): Promise<DatasetMeta | undefined> {
    return this.store.read((tx) => tx.meta.get<DatasetMeta>(META_DATASET));
  }

  /**
   * Runs the work that fell due since the last request (auto-renewals, scheduled changes), once
   * per business day, before a request sees the day: a read finds it done, never half done.
   */
  async catchUp(): Promise<void> {
    const now = this.now();
    const [today, through] = await this.store.read(async (tx) => [
      await businessDate(tx, now),
      await tx.meta.get<string>(META_WORK_THROUGH),
    ]);
    if (through === today) return;
    await this.store.write(async (tx) => {
      const current = await businessDate(tx, now);
      const done = (await tx.meta.get<string>(META_WORK_THROUGH)) ?? null;
      if (done === current) return;
      await runScheduledWork(
        { tx, actor: SYSTEM_ACTOR, today: current, rules: this.rules, now },
        done,
      );
      await tx.meta.put(META_WORK_THROUGH, current);
    });
  }

  async today(): Promise<string> {
    return this.store.read((tx) => businessDate(tx, this.now()));
  }
}
