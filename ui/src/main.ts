// Explorer entry point. Talks only to the GraphQL API of the server that serves it.
import './style.css';
import { Explorer } from './app.ts';

declare global {
  interface Window {
    /** The running explorer, for the bench (request → settled layout) and for debugging. */
    plangraph?: Explorer;
  }
}

const explorer = new Explorer();
window.plangraph = explorer;
void explorer.start();
