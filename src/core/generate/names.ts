// Fictional names for the synthetic people and the hub towns. Surnames are invented words, so a
// label can never be mistaken for a real person in the programme.
import { pick, type Rng } from "../random.ts";

const FIRST_NAMES = [
  "Alex", "Sam", "Jo", "Chris", "Jamie", "Robin", "Lee", "Kim", "Dani", "Charlie", "Frankie", "Terry",
  "Pat", "Morgan", "Jordan", "Casey", "Ash", "Billie", "Drew", "Georgie", "Harley", "Jesse", "Kit", "Lou",
  "Max", "Nicky", "Ollie", "Remy", "Rowan", "Sid", "Toni", "Vic", "Wren", "Ellis", "Mel", "Bobbie",
  "Shay", "Rory", "Bev", "Del", "Ray", "Sandy", "Stevie", "Tam", "Jodie", "Reese", "Quinn", "Eden",
];

const SURNAME_STARTS = [
  "Ash", "Birch", "Bram", "Chalk", "Fern", "Hazel", "Hop", "Marsh", "Oak", "Pear", "Quill", "Rook",
  "Sorrel", "Thorn", "Wold", "Yew", "Cobble", "Dray", "Elder", "Flint",
];
const SURNAME_ENDS = ["brook", "croft", "dene", "field", "hurst", "ley", "mere", "stead", "wick", "well", "combe", "gate"];

/** A fictional person's name, e.g. "Jo Fernhurst". */
export function syntheticName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAME_STARTS)}${pick(rng, SURNAME_ENDS)}`;
}

/** The three hubs of the modelled programme, then more Kent towns for scaled-up networks. */
const HUB_NAMES = [
  "Maidstone", "Tunbridge Wells", "Sevenoaks", "Ashford", "Canterbury", "Dover", "Folkestone", "Gravesend",
  "Dartford", "Margate", "Ramsgate", "Faversham", "Whitstable", "Tonbridge", "Sittingbourne", "Deal",
];

/** The name of hub `index` (0-based): the programme's towns, then "Hub 17", "Hub 18", … */
export function hubName(index: number): string {
  return HUB_NAMES[index] ?? `Hub ${index + 1}`;
}
