// The banner that says the API or its database is down, with a Retry button (index.html).
import { ApiQueryError, type PlanGraphApi } from './api.ts';
import type { Health } from './types.ts';

/** What the banner says about a health answer, or null when all is well. */
export function healthProblem(health: Health): string | null {
  if (health.ok) return null;
  return `The graph database is not answering${health.reason ? `: ${health.reason}` : ''}.`;
}

export const API_DOWN = 'The PlanGraph API is not answering.';

export class Banner {
  constructor(
    private readonly element: HTMLElement,
    private readonly text: HTMLElement,
  ) {}

  show(message: string): void {
    this.text.textContent = message;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  /** Follows every request: any answer hides the banner, a failed request shows it. */
  follow(api: PlanGraphApi): void {
    api.onAvailability(({ available, error }) => {
      if (available) this.hide();
      else this.show(error?.message ?? API_DOWN);
    });
  }

  /** Asks the server whether it and its database are up; says so in the banner when not. */
  async check(api: PlanGraphApi): Promise<boolean> {
    try {
      const problem = healthProblem(await api.health());
      if (problem) this.show(problem);
      else this.hide();
      return problem === null;
    } catch (error) {
      // An unavailable API has shown the banner already (follow); a query error has not.
      if (error instanceof ApiQueryError) this.show(`The API answered with an error: ${error.message}`);
      return false;
    }
  }
}
