// The mapping interview (issue 12): a client names the people in their life, places them on rings
// of closeness, says who helps, and the result is recorded as a new review.
export { GENERATOR_IDS, KIND_CHOICES, kindWord, NAME_GENERATORS, RECOVERY_GROUP_QUESTION, recoveryGroupFields, RING_WORDS, strengthOfRing, TIE_TYPE_OF_KIND, VALENCE_ANSWERS, valenceWord, type GeneratorId, type KindChoice, type NameGenerator } from "./questions.ts";
export { foldName, hasPair, interviewSchema, interviewSteps, isKept, keptAlters, movedRing, suggestedValence, unansweredStill, withSuggestedValences, toggledPair, withAlter, withName, withoutName, withoutPerson, type InterviewAlter, type InterviewState, type InterviewStep, type Pair } from "./state.ts";
export { suggestPeople, type Suggestion } from "./suggest.ts";
export { egoTiesAt, startFromLastReview, strongestTie } from "./lastReview.ts";
export { draftKey, interviewLabel, knownPairs, planInterview, recordInterview, type ChangedTie, type InterviewPlan, type PlannedTie } from "./record.ts";
