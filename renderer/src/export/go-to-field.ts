import { useStyleStore } from '../style/style-store';

/**
 * Finds the control where the editor fixes a pre-export finding. `field` is the checklist's path
 * ('headline', 'bylines[0].name', 'leadImage.altText', 'relatedLinks[1].url', 'body'); controls are
 * found by their accessible labels, the same names the tests and screen readers use.
 */
export function findFieldControl(field: string, root: ParentNode = document): HTMLElement | null {
  const row = /^(bylines|relatedLinks)\[(\d+)\]\.(\w+)$/.exec(field);
  if (row) {
    const [, list, index, key] = row;
    const number = Number(index) + 1;
    const label = list === 'bylines' ? `${key === 'role' ? 'Role' : 'Name'}, byline ${number}` : `${key === 'url' ? 'URL' : 'Title'}, related link ${number}`;
    return root.querySelector<HTMLElement>(`[aria-label="${label}"]`);
  }
  switch (field) {
    case 'body':
      return root.querySelector<HTMLElement>('[role="textbox"][aria-label="Article body"]');
    case 'bylines':
      return byLabel(root, 'Name, byline 1') ?? buttonNamed(root, 'Add byline');
    case 'relatedLinks':
      return buttonNamed(root, 'Add related link');
    case 'leadImage':
      return buttonNamed(root, 'Attach the picture file…');
    case 'leadImage.altText':
      return labelledControl(root, 'Alt text', 'Lead image');
    case 'leadImage.caption':
      return labelledControl(root, 'Caption', 'Lead image');
    case 'leadImage.credit':
      return labelledControl(root, 'Credit', 'Lead image');
    case 'section':
      return labelledControl(root, 'Section');
    case 'headline':
      return labelledControl(root, 'Headline');
    case 'standfirst':
      return labelledControl(root, 'Standfirst');
    case 'dateline':
      return labelledControl(root, 'Dateline');
    default:
      return null;
  }
}

function byLabel(root: ParentNode, label: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[aria-label="${label}"]`);
}

function buttonNamed(root: ParentNode, name: string): HTMLElement | null {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent?.trim() === name) ?? null;
}

/** The control a <label> with this text points at, inside the fieldset with legend `group` when given. */
function labelledControl(root: ParentNode, text: string, group?: string): HTMLElement | null {
  const scopes = group
    ? Array.from(root.querySelectorAll('fieldset')).filter((fieldset) => fieldset.querySelector('legend')?.textContent?.trim() === group)
    : [root];
  for (const scope of scopes) {
    const label = Array.from(scope.querySelectorAll('label')).find((candidate) => candidate.textContent?.trim() === text);
    const control = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    if (control) return control;
  }
  return null;
}

/** Focuses the field and brings it into view; false when it is not on screen (e.g. no lead image). 'style' opens the Style panel at its first issue. */
export function goToField(field: string): boolean {
  if (field === 'style') {
    useStyleStore.getState().setPanelShown(true);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#style-panel [data-issue-go]')?.focus());
    return true;
  }
  const control = findFieldControl(field);
  if (!control) return false;
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}
