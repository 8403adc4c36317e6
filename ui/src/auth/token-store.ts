// The signed-in token, kept for the tab only (sessionStorage): closing the tab signs out, and
// another tab signs in on its own.
const KEY = 'plangraph.token';

export function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token === null) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (private mode, quota): the token lives as long as the page.
  }
}
