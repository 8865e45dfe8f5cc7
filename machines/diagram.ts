// Draws a statechart as a Mermaid stateDiagram-v2, from the machine definition itself.
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/** Mermaid ids are global, so nested states are named by their full path. */
const mermaidId = (node: AnyStateNode): string => node.path.join('_') || 'root';

/** Readable event names: invocation results and delays lose their generated ids. */
function eventLabel(eventType: string): string {
  if (eventType.startsWith('xstate.done.actor.')) return 'done';
  if (eventType.startsWith('xstate.error.actor.')) return 'error';
  if (eventType.startsWith('xstate.after.')) return 'timeout';
  if (eventType === '*') return 'any other event';
  return eventType;
}

function guardLabel(t: AnyTransitionDefinition): string {
  const guard = t.guard as { type?: string } | string | undefined;
  const name = typeof guard === 'string' ? guard : guard?.type;
  return name ? ` [${name}]` : '';
}

/** One arrow per source and target, labelled with every event that takes it, so the diagram stays legible. */
function transitionLines(node: AnyStateNode, indent: string): string[] {
  const labels = new Map<string, string[]>();
  const edge = (t: AnyTransitionDefinition, label: string) => {
    const targets = (t.target ?? [node]) as AnyStateNode[];
    for (const target of targets) {
      const key = `${mermaidId(node)} --> ${mermaidId(target)}`;
      labels.set(key, [...(labels.get(key) ?? []), `${label}${guardLabel(t)}`]);
    }
  };
  for (const [eventType, list] of node.transitions) for (const t of list) edge(t, eventLabel(eventType));
  for (const t of node.always ?? []) edge(t, 'always');
  return [...labels].map(([arrow, names]) => `${indent}${arrow} : ${names.join(', ')}`);
}

function stateLines(node: AnyStateNode, indent: string): string[] {
  const id = mermaidId(node);
  // Tags (busy, failed, agent) go in the label: Mermaid notes float far from nested states.
  const tags = [...node.tags];
  const label = node.type === 'history' ? `${node.key} (history)` : tags.length > 0 ? `${node.key} · ${tags.join(', ')}` : node.key;
  const children = Object.values(node.states) as AnyStateNode[];
  const lines = [`${indent}state "${label}" as ${id}`];
  if (children.length > 0) {
    lines.push(`${indent}state ${id} {`);
    const initial = (node.initial?.target ?? []) as AnyStateNode[];
    for (const target of initial) lines.push(`${indent}  [*] --> ${mermaidId(target)}`);
    for (const child of children) lines.push(...stateLines(child, `${indent}  `));
    lines.push(`${indent}}`);
  }
  return lines;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...(Object.values(node.states) as AnyStateNode[]).flatMap(allNodes)];
}

export function toMermaid(machine: AnyStateMachine): string {
  const root = machine.root as AnyStateNode;
  const top = Object.values(root.states) as AnyStateNode[];
  const initial = (root.initial?.target ?? []) as AnyStateNode[];
  return [
    'stateDiagram-v2',
    ...initial.map((t) => `  [*] --> ${mermaidId(t)}`),
    ...top.flatMap((n) => stateLines(n, '  ')),
    ...allNodes(root).flatMap((n) => transitionLines(n, '  ')),
  ].join('\n');
}
