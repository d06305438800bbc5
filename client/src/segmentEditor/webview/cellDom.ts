/**
 * Cells in the DOM: pieces drawn as text nodes and chips (non-editable spans, so a keystroke
 * removes a chip whole or not at all), read back into pieces, and the caret as a count of
 * characters (a chip counts one). Article text only ever reaches the DOM as text nodes.
 */
import { isChip, type Chip, type Piece } from '../segmentCells';

const chipOfElement = new WeakMap<Element, Chip>();

/** The chip an element stands for, if it is one. */
export function chipOf(element: Element): Chip | undefined {
  return chipOfElement.get(element);
}

/** A chip element: its label as text, its exact bytes as the tooltip and the accessible name. */
export function chipElement(chip: Chip, extraClass?: string): HTMLElement {
  const element = document.createElement('span');
  element.className = `chip chip-${chip.kind} chip-${chip.role}${extraClass ? ` ${extraClass}` : ''}`;
  element.contentEditable = 'false';
  element.draggable = false;
  element.textContent = chip.label;
  element.title = chip.raw;
  element.setAttribute('aria-label', chip.raw);
  chipOfElement.set(element, chip);
  return element;
}

/**
 * Draws pieces into `target` (replacing its content). Text between emphasis chips is shown
 * bold or italic, as a reader would see it; `onChip` decorates each chip element.
 */
export function renderCell(target: HTMLElement, pieces: readonly Piece[], onChip?: (element: HTMLElement, index: number) => void): void {
  const fragment = document.createDocumentFragment();
  const emphasis: string[] = [];
  pieces.forEach((piece, index) => {
    if (!isChip(piece)) {
      if (emphasis.length === 0) {
        fragment.append(document.createTextNode(piece));
      } else {
        const styled = document.createElement('span');
        styled.className = emphasis.map((delimiter) => (delimiter.length >= 2 ? 'strong' : 'em')).join(' ');
        styled.textContent = piece;
        fragment.append(styled);
      }
      return;
    }
    if (piece.kind === 'emphasis') {
      if (piece.role === 'open') emphasis.push(piece.raw);
      else emphasis.splice(emphasis.lastIndexOf(piece.raw) >>> 0, 1);
    }
    const element = chipElement(piece);
    onChip?.(element, index);
    fragment.append(element);
  });
  target.replaceChildren(fragment);
}

/** The pieces an edited element holds now (text merged, stray line breaks the browser adds dropped). */
export function readCell(root: Node): Piece[] {
  const pieces: Piece[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = pieces[pieces.length - 1];
    if (typeof last === 'string') pieces[pieces.length - 1] = last + text;
    else pieces.push(text);
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        pushText((child as Text).data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const chip = chipOfElement.get(child as Element);
        if (chip) pieces.push(chip);
        else if ((child as Element).tagName !== 'BR') walk(child);
      }
    }
  };
  walk(root);
  return pieces;
}

/** How many characters (a chip counts one) come before the caret in `root`; -1 when it is elsewhere. */
export function caretOffset(root: HTMLElement): number {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return -1;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.endContainer)) return -1;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.endContainer, range.endOffset);
  return lengthOf(before.cloneContents());
}

function lengthOf(node: Node): number {
  let length = 0;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) length += (child as Text).data.length;
    else if (child.nodeType === Node.ELEMENT_NODE) length += (child as Element).classList.contains('chip') ? 1 : lengthOf(child);
  }
  return length;
}

/** Puts the caret after `offset` characters of `root` (a chip counts one); at the end when beyond. */
export function setCaret(root: HTMLElement, offset: number): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const range = document.createRange();
  let remaining = offset < 0 ? Number.MAX_SAFE_INTEGER : offset;
  const place = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const length = (child as Text).data.length;
        if (remaining <= length) {
          range.setStart(child, remaining);
          return true;
        }
        remaining -= length;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if ((child as Element).classList.contains('chip')) {
          if (remaining === 0) {
            range.setStartBefore(child);
            return true;
          }
          remaining--;
          if (remaining === 0) {
            range.setStartAfter(child);
            return true;
          }
        } else if (place(child)) {
          return true;
        }
      }
    }
    return false;
  };
  if (!place(root)) {
    range.selectNodeContents(root);
    range.collapse(false);
  }
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Inserts chips at the caret of `root` (at its end when the caret is elsewhere). A pair
 * (`closing` given) wraps what is selected, as CAT tools insert tag pairs.
 */
export function insertChips(root: HTMLElement, opening: Chip, closing: Chip | undefined): void {
  const selection = root.ownerDocument.getSelection();
  let range: Range;
  if (selection && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    range = selection.getRangeAt(0);
  } else {
    range = document.createRange();
    range.selectNodeContents(root);
    range.collapse(false);
  }
  const open = chipElement(opening);
  if (closing) {
    const wrapping = !range.collapsed;
    const inside = range.extractContents();
    const close = chipElement(closing);
    range.insertNode(close);
    range.insertNode(inside);
    range.insertNode(open);
    // Around a selection the caret goes after the pair; with nothing selected, between its chips to type inside.
    if (wrapping) range.setStartAfter(close);
    else range.setStartAfter(open);
  } else {
    range.deleteContents();
    range.insertNode(open);
    range.setStartAfter(open);
  }
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
}
