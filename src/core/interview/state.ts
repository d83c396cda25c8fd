// The state of one mapping interview: who is being interviewed and when, the people named, their
// rings and answers, and how far the interview has got. It is kept in the store's drafts after
// every answer (`interview:<client id>`), so it is a zod schema: a draft read back is checked.
import { z } from "zod";
import { idSchema, isoDateSchema } from "../model/schema.ts";
import { MAX_STRENGTH, MIN_STRENGTH, NODE_KINDS, TIE_TYPES, VALENCES, type NodeKind, type TieType, type Valence } from "../model/vocabulary.ts";
import { GENERATOR_IDS, type GeneratorId } from "./questions.ts";

const strengthSchema = z.number().int().min(MIN_STRENGTH).max(MAX_STRENGTH);

/** One person or group named in the interview. */
export const interviewAlterSchema = z.object({
  /** Unique in the interview: the node id of someone already in the project, `new:<n>` for a new name. */
  key: z.string().min(1),
  /** The node id when the person is already in the project. */
  nodeId: idSchema.optional(),
  label: z.string().trim().min(1, { message: "is empty: type the person's name" }),
  kind: z.enum(NODE_KINDS),
  /** The name generators that named them (empty for someone carried over from the last review). */
  named: z.array(z.enum(GENERATOR_IDS)),
  /** Closeness as the tie's strength: 5 on the closest ring, 1 on the furthest. */
  strength: strengthSchema,
  /** Whether they help the client's recovery; undefined until answered. */
  valence: z.enum(VALENCES).optional(),
  /** Repeat reviews: the tie as it was at the last review (its strength and valence). */
  before: z.object({ strength: strengthSchema, valence: z.enum(VALENCES) }).optional(),
  /** Repeat reviews: "Is <name> still someone you see?"; undefined until answered. */
  still: z.boolean().optional(),
  /** The type of a new tie when the kind picked says more than the node's kind ("Peer": a community member, tie `peer_support`). */
  tieType: z.enum(TIE_TYPES).optional(),
  /** New groups: "Is it a recovery group?"; undefined until answered. */
  recovery: z.boolean().optional(),
});
export type InterviewAlter = z.infer<typeof interviewAlterSchema>;

/** Two alters who know each other, by their keys (in either order). */
export const pairSchema = z.tuple([z.string(), z.string()]);
export type Pair = z.infer<typeof pairSchema>;

/** A whole interview. */
export const interviewSchema = z.object({
  client: idSchema,
  /** The date of the review (the new wave's date, and the start and end date of ties). */
  date: isoDateSchema,
  /** `first`: the five questions; `repeat`: starts from the last review and asks what changed. */
  mode: z.enum(["first", "repeat"]),
  /** The date of the client's last review, when there was one. */
  previous: isoDateSchema.optional(),
  alters: z.array(interviewAlterSchema),
  /** Pairs the client says know each other. */
  pairs: z.array(pairSchema),
  /** The index of the screen the interview is on (`interviewSteps`). */
  step: z.number().int().min(0),
});
export type InterviewState = z.infer<typeof interviewSchema>;

/** The screens of an interview, in order. */
export type InterviewStep = { id: "name"; generator: GeneratorId } | { id: "still" | "new" | "rings" | "valence" | "pairs" | "review" };

/** The screens of `state`'s interview: the five questions (first) or "still?" and "anyone new?" (repeat), then rings, answers, pairs and the review. */
export function interviewSteps(state: Pick<InterviewState, "mode">): InterviewStep[] {
  const naming: InterviewStep[] = state.mode === "first"
    ? GENERATOR_IDS.map((generator) => ({ id: "name", generator }))
    : [{ id: "still" }, { id: "new" }];
  return [...naming, { id: "rings" }, { id: "valence" }, { id: "pairs" }, { id: "review" }];
}

/**
 * True when the interview records a tie to `alter`: a new name always; someone from the last
 * review unless the client said No to "Is <name> still someone you see?". Only that explicit No
 * ends a tie: a review with someone not answered for is not recorded (`unansweredStill`).
 */
export function isKept(alter: InterviewAlter): boolean {
  return alter.still !== false;
}

/** The people from the last review with no answer yet to "Is <name> still someone you see?", in order. */
export function unansweredStill(state: Pick<InterviewState, "alters">): InterviewAlter[] {
  return state.alters.filter((a) => a.before !== undefined && a.still === undefined);
}

/**
 * The answer the name questions suggest for "Does <name> help your recovery?": risk for someone
 * named by "Who do you use or drink with?", supportive for someone named by "Who helps you stay
 * well?", none when both or neither named them (the client answers).
 */
export function suggestedValence(alter: Pick<InterviewAlter, "named">): Valence | undefined {
  const helps = alter.named.includes("help");
  const uses = alter.named.includes("use");
  return helps === uses ? undefined : helps ? "supportive" : "risk";
}

/** `state` with the suggested answer (`suggestedValence`) filled in for everyone not answered yet; the client can change it. */
export function withSuggestedValences(state: InterviewState): InterviewState {
  let changed = false;
  const alters = state.alters.map((a) => {
    const valence = a.valence === undefined ? suggestedValence(a) : undefined;
    if (valence === undefined) return a;
    changed = true;
    return { ...a, valence };
  });
  return changed ? { ...state, alters } : state;
}

/** The alters the interview records ties to (`isKept`). */
export function keptAlters(state: InterviewState): InterviewAlter[] {
  return state.alters.filter(isKept);
}

/** Folds a name for comparing: no accents, lower case, single spaces ("  Zoë " → "zoe"). */
export function foldName(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const samePair = (p: Pair, a: string, b: string) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);

/**
 * `state` with a name added by generator `generator`: someone already in the project (`nodeId`)
 * or a new name. Naming someone already named (same node, or a new name that folds the same)
 * adds the generator to them instead of a second entry. New names start on the middle ring.
 * @throws Error when the name is empty.
 */
export function withName(state: InterviewState, name: { label: string; kind: NodeKind; nodeId?: string; tieType?: TieType }, generator?: GeneratorId): InterviewState {
  const label = name.label.trim();
  if (label === "") throw new Error("core/interview: the name is empty: type the person's name");
  const existing = state.alters.find((a) => (name.nodeId !== undefined ? a.nodeId === name.nodeId : a.nodeId === undefined && foldName(a.label) === foldName(label)));
  if (existing) {
    const named = generator === undefined || existing.named.includes(generator) ? existing.named : [...existing.named, generator];
    // Naming someone again says they are still there.
    const still = existing.before !== undefined || existing.still === false ? { still: true } : {};
    return { ...state, alters: state.alters.map((a) => (a === existing ? { ...a, named, ...still } : a)) };
  }
  let n = 1;
  while (state.alters.some((a) => a.key === `new:${n}`)) n++;
  const alter: InterviewAlter = {
    key: name.nodeId ?? `new:${n}`,
    ...(name.nodeId !== undefined ? { nodeId: name.nodeId } : {}),
    label,
    kind: name.kind,
    named: generator === undefined ? [] : [generator],
    strength: 3,
    ...(name.tieType !== undefined && name.nodeId === undefined ? { tieType: name.tieType } : {}),
  };
  return { ...state, alters: [...state.alters, alter] };
}

/** `state` without generator `generator`'s naming of `key`; a new name named by no question any more is removed with its pairs. */
export function withoutName(state: InterviewState, key: string, generator: GeneratorId): InterviewState {
  const alters: InterviewAlter[] = [];
  for (const a of state.alters) {
    if (a.key !== key) alters.push(a);
    else {
      const named = a.named.filter((g) => g !== generator);
      if (named.length > 0 || a.before !== undefined) alters.push({ ...a, named });
    }
  }
  const left = new Set(alters.map((a) => a.key));
  return { ...state, alters, pairs: state.pairs.filter((p) => left.has(p[0]) && left.has(p[1])) };
}

/** `state` without `key` and its pairs: a name added by mistake. Someone from the last review stays (answer "no" to end their tie). */
export function withoutPerson(state: InterviewState, key: string): InterviewState {
  const alters = state.alters.filter((a) => a.key !== key || a.before !== undefined);
  const left = new Set(alters.map((a) => a.key));
  return { ...state, alters, pairs: state.pairs.filter((p) => left.has(p[0]) && left.has(p[1])) };
}

/** `state` with one alter changed by `change` (an answer: ring, valence, still). */
export function withAlter(state: InterviewState, key: string, change: Partial<Pick<InterviewAlter, "strength" | "valence" | "still" | "recovery">>): InterviewState {
  if (!state.alters.some((a) => a.key === key)) throw new Error(`core/interview: nobody "${key}" in the interview`);
  return { ...state, alters: state.alters.map((a) => (a.key === key ? { ...a, ...change } : a)) };
}

/** `state` with `key` one ring closer (`-1`) or further (`+1`), kept between the closest and the furthest ring. */
export function movedRing(state: InterviewState, key: string, by: -1 | 1): InterviewState {
  const alter = state.alters.find((a) => a.key === key);
  if (!alter) throw new Error(`core/interview: nobody "${key}" in the interview`);
  const strength = Math.min(MAX_STRENGTH, Math.max(MIN_STRENGTH, alter.strength - by));
  return withAlter(state, key, { strength });
}

/** True when `a` and `b` are a pair (told in this interview). */
export function hasPair(state: InterviewState, a: string, b: string): boolean {
  return state.pairs.some((p) => samePair(p, a, b));
}

/** `state` with the pair `a`–`b` added, or removed when it was there; a pair of one person is left as it is. */
export function toggledPair(state: InterviewState, a: string, b: string): InterviewState {
  if (a === b) return state;
  const pairs = hasPair(state, a, b) ? state.pairs.filter((p) => !samePair(p, a, b)) : [...state.pairs, [a, b] as Pair];
  return { ...state, pairs };
}
