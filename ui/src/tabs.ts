// The side panel's tabs (Selection, Plans, Path, Compare), following the ARIA tabs pattern: one tab in
// the tab order, arrows move between tabs, the chosen tab's panel shown and the others hidden.
import { byId } from './dom.ts';
import { stepIndex } from './keyboard.ts';

export type Tab = 'selection' | 'plans' | 'path' | 'compare';

export const TABS: readonly Tab[] = ['selection', 'plans', 'path', 'compare'];

export function isTab(name: string | undefined): name is Tab {
  return TABS.some((tab) => tab === name);
}

function tabButtons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

export function selectTab(name: Tab, focus = false): void {
  for (const tab of tabButtons()) {
    const selected = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    byId(`panel-${tab.dataset.tab}`).hidden = !selected;
    if (selected && focus) tab.focus();
  }
}

export function bindTabs(): void {
  const tabs = tabButtons();
  tabs.forEach((tab, index) => {
    const name = tab.dataset.tab;
    if (!isTab(name)) return;
    tab.addEventListener('click', () => selectTab(name, true));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      const next = tabs[stepIndex(index, event.key === 'ArrowRight' ? 1 : -1, tabs.length)]?.dataset.tab;
      if (isTab(next)) selectTab(next, true);
    });
  });
}
