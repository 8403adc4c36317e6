// Who is signed in, for the tab: the token (sent by the API client) and the account it belongs
// to. The curation controls follow `canCurate`; everything else reads the graph as before.
import { ApiUnavailableError, type PlanGraphApi } from '../api.ts';
import type { CurationApi, Role, Viewer } from '../curation-api.ts';
import { storedToken, storeToken } from './token-store.ts';

export type AccountListener = (viewer: Viewer | null) => void;

const CURATING_ROLES: readonly Role[] = ['CURATOR', 'ADMIN'];

export function mayCurate(viewer: Viewer | null): boolean {
  return viewer !== null && CURATING_ROLES.includes(viewer.role);
}

export class Account {
  private current: Viewer | null = null;
  private readonly listeners = new Set<AccountListener>();

  /** Said when the server stops taking the tab's token (it expired or was revoked). */
  onExpired: (() => void) | null = null;

  constructor(
    private readonly api: PlanGraphApi,
    private readonly curation: CurationApi,
  ) {
    api.onTokenRefused = () => {
      this.signOut();
      this.onExpired?.();
    };
  }

  get viewer(): Viewer | null {
    return this.current;
  }

  get canCurate(): boolean {
    return mayCurate(this.current);
  }

  onChange(listener: AccountListener): void {
    this.listeners.add(listener);
  }

  /** Checks a token with the server; keeps it only if it names an account. Throws the server's error. */
  async signIn(token: string): Promise<Viewer> {
    const viewer = await this.curation.viewer(token);
    if (!viewer) throw new Error('The server does not know this token.');
    this.keep(token, viewer);
    return viewer;
  }

  signOut(): void {
    this.keep(null, null);
  }

  /** At start-up: the tab's token, if it still names an account; a stale one is forgotten. */
  async resume(): Promise<void> {
    const token = storedToken();
    if (!token) return;
    try {
      await this.signIn(token);
    } catch (error) {
      // A server that does not answer says nothing about the token: it is kept for the next request.
      if (error instanceof ApiUnavailableError) this.api.setToken(token);
      else this.signOut();
    }
  }

  private keep(token: string | null, viewer: Viewer | null): void {
    storeToken(token);
    this.api.setToken(token);
    this.current = viewer;
    for (const listener of this.listeners) listener(viewer);
  }
}
