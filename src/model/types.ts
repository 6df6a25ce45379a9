/**
 * The map document: the single source of truth for a system map.
 * Pure data, no React. Entities live in id-keyed records (not arrays) so that
 * a shared real-time document can map them one-to-one.
 */

export type Id = string;

export const SCHEMA_VERSION = 1 as const;

export const NODE_KINDS = ['actor', 'factor', 'outcome'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What sort of actor: a person, a group, or an organisation. */
export const ACTOR_TYPES = ['person', 'group', 'organisation'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** What sort of factor: a condition, policy, process, behaviour or force. */
export const FACTOR_TYPES = ['condition', 'policy', 'process', 'behaviour', 'force'] as const;
export type FactorType = (typeof FACTOR_TYPES)[number];

export const SYSTEM_SCALES = ['person', 'team', 'organisation', 'place', 'region'] as const;
export type SystemScale = (typeof SYSTEM_SCALES)[number];

/** + same direction, - opposite direction, ? unknown or mixed. */
export const POLARITIES = ['+', '-', '?'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Position {
  x: number;
  y: number;
}

export interface Note {
  id: Id;
  text: string;
  /** Private notes stay on this machine: never exported unless the user asks. */
  private: boolean;
  createdAt: string;
}

export interface MapNode {
  id: Id;
  kind: NodeKind;
  label: string;
  description: string;
  /** Actors only: person, group or organisation. */
  actorType?: ActorType;
  /** Factors only: condition, policy, process, behaviour or force. */
  factorType?: FactorType;
  clusterId: Id | null;
  tags: string[];
  position: Position;
  notes: Note[];
}

export interface Link {
  id: Id;
  source: Id;
  target: Id;
  polarity: Polarity;
  /** How much the source moves the target; see STRENGTH_LEVELS. 0 < strength <= 3. */
  strength: number;
  confidence: Confidence;
  /** The effect takes a while to show. */
  delay: boolean;
  label: string;
  evidence: string;
}

export interface Cluster {
  id: Id;
  name: string;
  /** A CSS hex colour, #rrggbb. */
  colour: string;
  description: string;
}

export interface MapMeta {
  title: string;
  description: string;
  /** The outcome node the map is drawn around. */
  focalNodeId: Id | null;
  scale: SystemScale;
  authors: string[];
  createdAt: string;
  updatedAt: string;
}

export interface MapDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  id: Id;
  meta: MapMeta;
  nodes: Record<Id, MapNode>;
  links: Record<Id, Link>;
  clusters: Record<Id, Cluster>;
}

/** Named strength levels and the number each is stored as. */
export const STRENGTH_LEVELS = { weak: 1, medium: 2, strong: 3 } as const;
export type StrengthLevel = keyof typeof STRENGTH_LEVELS;
export const MAX_STRENGTH = 3;

/** The nearest named level for a stored strength number. */
export function strengthLevel(strength: number): StrengthLevel {
  if (strength < 1.5) return 'weak';
  if (strength < 2.5) return 'medium';
  return 'strong';
}

export const SCALE_LABELS: Record<SystemScale, string> = {
  person: 'Person / practitioner',
  team: 'Team',
  organisation: 'Organisation',
  place: 'Place',
  region: 'Region / country',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  actor: 'Actor',
  factor: 'Factor',
  outcome: 'Outcome',
};

export const POLARITY_LABELS: Record<Polarity, string> = {
  '+': 'Same direction (+)',
  '-': 'Opposite direction (−)',
  '?': 'Unknown or mixed (?)',
};
