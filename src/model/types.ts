/**
 * The map document: the single source of truth for a system map.
 * Pure data, no React. Entities live in id-keyed records (not arrays) so that
 * a shared real-time document can map them one-to-one.
 */

export type Id = string;

export const SCHEMA_VERSION = 3 as const;

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
  /** Who wrote it (version 3). */
  voice?: Voice;
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
  /** Auto-layout leaves a pinned node where it is. */
  pinned?: boolean;
  /** Who put it on the map and the perspective they speak from (version 3; absent on older records). */
  voice?: Voice;
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
  /** Who drew it (version 3). */
  voice?: Voice;
}

export interface Theme {
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
  clusters: Record<Id, Theme>;
  experiments: Record<Id, Experiment>;
  /** Names users gave feedback loops, keyed by the loop's key (see loopKey in src/analysis/loops.ts). */
  loopNames?: Record<string, string>;
  // ---- sense-making (version 3): see src/model/sensemaking.ts ----
  /** The perspectives people speak from on this map: lived experience, practitioner... */
  perspectives: Record<Id, Perspective>;
  /** People's own views of links, each beside the map's value, never overwriting it. */
  linkViews: Record<Id, LinkView>;
  /** Rating rounds a facilitator started on a set of links. */
  ratingRounds: Record<Id, RatingRound>;
  /** Comment threads on a node, a link, a loop or the map. */
  comments: Record<Id, CommentThread>;
  /** Saved views (viewport, lens, filter, a question); those `presented` make the presentation, in `order`. */
  views: Record<Id, SavedView>;
  /** "What we noticed": the facilitator's dated reflection points. */
  reflections: Record<Id, Reflection>;
}

// ---- Sense-making: voices, views of links, comments, saved views ----

/** A perspective a person speaks from. */
export interface Perspective {
  id: Id;
  name: string;
  /** Where it sits in lists. */
  order: number;
}

/**
 * Who added something and from which perspective. `personId` is the random
 * participant id of their browser (never a real-world identifier); `name` is
 * empty when the person asked to stay anonymous: the perspective is kept, the
 * name is not.
 */
export interface Voice {
  personId: string;
  name: string;
  perspectiveId: Id | null;
}

/** One person's view of a link: polarity, strength, confidence and a sentence why. */
export interface LinkView {
  id: Id;
  linkId: Id;
  voice: Voice;
  polarity: Polarity;
  strength: number;
  confidence: Confidence;
  why: string;
  /** The rating round it was given in, or null for a view given on its own. */
  roundId: Id | null;
  createdAt: string;
}

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface RatingRound {
  id: Id;
  title: string;
  linkIds: Id[];
  status: RoundStatus;
  createdAt: string;
}

export const COMMENT_TARGET_KINDS = ['node', 'link', 'loop', 'map'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

/** What a thread is about: a node or link id, a loop's key, or the map ('' id). */
export interface CommentTarget {
  kind: CommentTargetKind;
  id: string;
}

export interface Comment {
  id: Id;
  text: string;
  voice: Voice;
  createdAt: string;
}

export interface CommentThread {
  id: Id;
  target: CommentTarget;
  resolved: boolean;
  /** Keyed by comment id; shown oldest first. The first is the thread's opening comment. */
  comments: Record<Id, Comment>;
  createdAt: string;
}

export const FOCUS_DIRECTIONS = ['causes', 'effects', 'both'] as const;
export type FocusDirection = (typeof FOCUS_DIRECTIONS)[number];

/** What a filter leaves out. Perspective entries are perspective ids, or 'none' for records with no voice. */
export interface MapFilter {
  /** Only the neighbourhood of these nodes: `steps` links away, along causes, effects or both. */
  focus: { nodeIds: Id[]; steps: 1 | 2 | 3; direction: FocusDirection } | null;
  hiddenThemes: Id[];
  hiddenKinds: NodeKind[];
  hiddenTags: string[];
  hiddenConfidences: Confidence[];
  hiddenPerspectives: string[];
  /** Fade what is filtered out, or take it off the canvas. */
  mode: 'fade' | 'hide';
}

/** The lens a saved view shows, as far as it can be kept in a file. */
export type SavedLens =
  | { kind: 'none' }
  | { kind: 'coverage' }
  | { kind: 'evidence' }
  | { kind: 'voices' }
  | { kind: 'experiments'; experimentIds: Id[] }
  | { kind: 'highlight'; nodeIds: Id[]; linkIds: Id[]; caption: string };

export interface SavedView {
  id: Id;
  title: string;
  /** A question for the group: "What keeps this loop going?" */
  question: string;
  viewport: { x: number; y: number; zoom: number };
  /**
   * The size of the canvas (screen pixels) the view was saved on, so the same
   * part of the map can be shown on a screen of another size and printed.
   * Optional: without it, the viewport is read on the screen showing it.
   */
  frame?: { width: number; height: number };
  lens: SavedLens;
  filter: MapFilter;
  /** In the presentation, at `order`. */
  presented: boolean;
  order: number;
  createdAt: string;
}

export interface Reflection {
  id: Id;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  text: string;
  /** The view it was noticed in, if any. */
  viewId: Id | null;
  nodeIds: Id[];
  voice?: Voice;
  createdAt: string;
}

// ---- Experiments: deliberate tries of something new, attached to the map ----

export const EXPERIMENT_STATUSES = ['idea', 'designing', 'running', 'concluded', 'stopped'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/** The Learning Cycle phases a team moves through (often overlapping). */
export const LEARNING_PHASES = ['understand', 'co-design', 'experiment', 'embed'] as const;
export type LearningPhase = (typeof LEARNING_PHASES)[number];

/** What the experiment means to do to a touched node. */
export const INTENDED_EFFECTS = ['strengthen', 'weaken', 'explore'] as const;
export type IntendedEffect = (typeof INTENDED_EFFECTS)[number];

/** What the team saw happen to it. */
export const OBSERVED_EFFECTS = ['up', 'down', 'no-change', 'unclear', 'not-yet-known'] as const;
export type ObservedEffect = (typeof OBSERVED_EFFECTS)[number];

/** One node an experiment tries to change or learn about. */
export interface Touch {
  nodeId: Id;
  /**
   * The node's label when last seen. If the node is deleted the touch stays,
   * "orphaned", and this label keeps the history readable.
   */
  nodeLabel: string;
  intended: IntendedEffect;
  observed: ObservedEffect;
  evidence: string;
}

export interface Measure {
  name: string;
  value: number;
  unit: string;
}

/** A dated entry in an experiment's learning log. */
export interface LogEntry {
  id: Id;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  did: string;
  happened: string;
  learned: string;
  next: string;
  measure: Measure | null;
  /** A story or quote, in the words of the person it comes from. */
  story: string;
  /** Whose perspective the entry records: resident, practitioner, manager... */
  perspectives: string[];
  /** Who wrote the entry (version 3). */
  voice?: Voice;
}

export interface Experiment {
  id: Id;
  title: string;
  /** "We believe that doing X will change Y, because Z." */
  hypothesis: string;
  /** The team or person who runs it. */
  owner: string;
  scale: SystemScale;
  status: ExperimentStatus;
  phase: LearningPhase;
  /** Calendar dates, YYYY-MM-DD, or empty when not set. */
  startDate: string;
  endDate: string;
  /** Keyed by node id: an experiment touches a node at most once. */
  touches: Record<Id, Touch>;
  log: Record<Id, LogEntry>;
  createdAt: string;
}

export const STATUS_LABELS: Record<ExperimentStatus, string> = {
  idea: 'Idea',
  designing: 'Designing',
  running: 'Running',
  concluded: 'Concluded',
  stopped: 'Stopped',
};

export const PHASE_LABELS: Record<LearningPhase, string> = {
  understand: 'Understand the system',
  'co-design': 'Co-design',
  experiment: 'Experiment',
  embed: 'Embed and influence',
};

export const INTENDED_LABELS: Record<IntendedEffect, string> = {
  strengthen: 'Strengthen',
  weaken: 'Weaken',
  explore: 'Explore',
};

export const OBSERVED_LABELS: Record<ObservedEffect, string> = {
  up: 'Went up',
  down: 'Went down',
  'no-change': 'No change',
  unclear: 'Unclear',
  'not-yet-known': 'Not yet known',
};

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

