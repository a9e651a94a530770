import type { NodeKey } from 'lexical';

/** Cards just inserted from a menu, whose first field takes the focus once they are shown. */
const requested = new Set<NodeKey>();

export function requestFocus(nodeKey: NodeKey): void {
  requested.add(nodeKey);
}

/** True once for a card that asked for the focus. */
export function takeFocusRequest(nodeKey: NodeKey): boolean {
  return requested.delete(nodeKey);
}
