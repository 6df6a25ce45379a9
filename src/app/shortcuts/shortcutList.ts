/** Every keyboard shortcut, in the words of the sheet that lists them (press ?). useShortcuts.ts is where they act. */
export interface Shortcut {
  keys: string[];
  does: string;
}

export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Add to the map',
    shortcuts: [
      { keys: ['A'], does: 'Add an actor' },
      { keys: ['F'], does: 'Add a factor' },
      { keys: ['O'], does: 'Add an outcome' },
    ],
  },
  {
    title: 'Edit',
    shortcuts: [
      { keys: ['Enter', 'F2'], does: 'Rename the selected node' },
      { keys: ['Escape'], does: 'Stop renaming without a change; clear the selection' },
      { keys: ['Delete', 'Backspace'], does: 'Delete what is selected' },
      { keys: ['Ctrl+Z'], does: 'Undo' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'Redo' },
      { keys: ['Ctrl+A'], does: 'Select every node' },
      { keys: ['Ctrl+D'], does: 'Duplicate the selection' },
      { keys: ['Ctrl+C', 'Ctrl+X', 'Ctrl+V'], does: 'Copy, cut and paste nodes' },
    ],
  },
  {
    title: 'Links',
    shortcuts: [
      { keys: ['L'], does: 'Link the selected node to another: type its name, pick direction and strength, Enter' },
      { keys: [']'], does: 'Go to an effect of the selected node' },
      { keys: ['Shift+]'], does: 'Go to the next effect of the node you came from' },
      { keys: ['['], does: 'Go to a cause of the selected node' },
      { keys: ['Shift+['], does: 'Go to the next cause of the node you came from' },
    ],
  },
  {
    title: 'Move around',
    shortcuts: [
      { keys: ['Tab', 'Shift+Tab'], does: 'Move between nodes, links and controls; a node reached by Tab is selected' },
      { keys: ['Arrow keys'], does: 'Nudge the selected nodes (with Shift: further)' },
      { keys: ['Shift+1'], does: 'Fit the whole map on the screen' },
      { keys: ['P'], does: 'Projector mode: the map alone on the screen, for a room to read; P again to come back' },
      { keys: ['Ctrl+F'], does: 'Find a node by name' },
      { keys: ['N'], does: 'Focus on the selection: only its causes and effects stay (steps and direction as last chosen in Filter); N again to see the whole map' },
    ],
  },
  {
    title: 'In the outline’s tree',
    shortcuts: [
      { keys: ['Up', 'Down'], does: 'Move to the item above or below' },
      { keys: ['Right', 'Left'], does: 'Open or close an item; go to its first item or back up to its parent' },
      { keys: ['Home', 'End'], does: 'Go to the first or last item' },
      { keys: ['Letters'], does: 'Go to the next item whose name starts with them' },
      { keys: ['Enter'], does: 'On a node: select it on the map. On a cause or effect: go to the node at its other end' },
      { keys: ['Delete'], does: 'Delete the node (Ctrl+Z brings it back)' },
    ],
  },
  {
    title: 'Files and help',
    shortcuts: [
      { keys: ['Ctrl+S'], does: 'Save the map to a file' },
      { keys: ['Ctrl+O'], does: 'Open a map file' },
      { keys: ['?'], does: 'Show this list of shortcuts' },
    ],
  },
];
