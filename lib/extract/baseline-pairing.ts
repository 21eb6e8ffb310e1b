/*
 * Pairing a number with a baseline's name: the frame's first item (an apposition, a measure
 * word and an owner's "'s" trimmed off), the item at the number's position in a list of as many
 * names ("3.2x and 1.9x over CPU and GPU"), a "respectively" list aligned by position, a slash
 * pair. baseline.ts decides which frame a number takes; this module which name of it.
 */

import type { BaselineFrame } from "./baseline-frames";
import { LEADING_ARTICLE, LIST_SPLIT, MAX_PHRASE_CHARS, MEASURE_OF_BEFORE, QUALITY_WORD_AFTER } from "./baseline-frame-words";

export interface SentenceNumber {
  start: number;
  end: number;
  /** Which list of the sentence the number is in, and where in it. */
  group: number;
  item: number;
  groupSize: number;
  /** A share of a reference ("retains 90% performance of Llama3-8B", "within 4% of GPT-3"): the reference is the baseline. */
  reference?: boolean;
}

export function cleanItem(item: string): string {
  // "hand-optimized kernels such as QuantLLM": the example names the baseline.
  // "the FP16 kernel's speed": the owner of the measure is the baseline.
  return item.replace(/^.*?\bsuch as\s+/i, "").replace(MEASURE_OF_BEFORE, "").replace(/['’]s(?:\s+[\w-]+)?$/, "").replace(/\s*\($/, "").replace(/^(?:that|those) of\s+/i, "").replace(/^(?:a|an)\s+/i, "").trim();
}

/** "2.8x/1.9x over FlexGen/DeepSpeed": numbers written as a slash pair take the names of a slash pair by position. */
export function slashItem(sentence: string, numbers: SentenceNumber[], n: SentenceNumber, baseline: string | undefined): string | undefined {
  if (!baseline || n.groupSize < 2 || !baseline.includes("/")) return baseline;
  const parts = baseline.split("/").map((p) => p.trim());
  const group = numbers.filter((o) => o.group === n.group);
  const slashed = group.every((o, i) => i === 0 || /^\s?\/\s?$/.test(sentence.slice(group[i - 1]!.end, o.start)));
  return slashed && parts.length === n.groupSize && parts.every(Boolean) ? parts[n.item] : baseline;
}

/** "3.2x and 1.9x speedup over CPU and GPU": a list of as many names as the number's list pairs up, by position. */
export function pairedItem(frame: BaselineFrame, n: SentenceNumber): string {
  // "three leading systems, A, B and C, by 29x, 29x and 3x": a head noun before the list is no item of it.
  const pairs = frame.items.length === n.groupSize || (frame.items.length === n.groupSize + 1 && !/[A-Z\d]/.test(frame.items[0]!));
  return (n.groupSize >= 2 && pairs ? itemAt(frame.items, n.groupSize, n.item) : undefined) ?? firstItem(frame);
}

/** A description rather than a name: "the state-of-the-art", "the best open-source implementation", "prior work". */
const DESCRIPTION_ONLY = /^(?:the\s+)?(?:(?:current|previous|prior|best|strongest|leading|existing|popular|widely[- ]used|open[- ]source|state[- ]of[- ]the[- ]art|SOTA)\s*)+(?:[\w-]+\s*)?$/i;
/** A name: a capital or a digit in it ("DistServe", "llama.cpp" aside, lower-case names are rare). */
const NAME_LIKE = /^[^\s,]*[A-Z\d.][^\s,]*(?:\s+[^\s,]+){0,2}$/;

/** The capitalised name a phrase opens with: "ONNX Runtime" of "ONNX Runtime and the compiler TVM". */
const LEADING_NAME = /^[A-Z][^\s,]*(?:\s+[A-Z\d][^\s,]*){0,2}(?=\s|$)/;

export function firstItem(frame: BaselineFrame): string {
  // An apposition ("Energon, the state-of-the-art co-processor") names the baseline first;
  // "the state-of-the-art, DistServe" names it second.
  const [head, next] = frame.phrase.split(/\s*,\s*/) as [string, string | undefined];
  // "state-of-the-art frameworks, ONNX Runtime and the compiler TVM …": the first name of a long apposition.
  const described = next !== undefined && DESCRIPTION_ONLY.test(head);
  const named = described && NAME_LIKE.test(next) ? next : described ? (LEADING_NAME.exec(next)?.[0] ?? head) : head;
  // "matches FP16 accuracy within 0.2%": the measure word is no part of the name.
  return cleanItem(named.replace(QUALITY_WORD_AFTER, ""));
}

/** The list a frame names up to "respectively" ("on CPU-only, CPU-GPU and CPU-FPGA platforms, respectively"). */
function itemsThroughRespectively(sentence: string, frame: BaselineFrame): string[] | undefined {
  const rest = sentence.slice(frame.start, frame.start + MAX_PHRASE_CHARS + 60);
  const end = /,?\s+respectively\b/i.exec(rest);
  // A list of names, not a stretch of the sentence holding the claims themselves.
  if (!end || /\d\s?(?:[×%]|points?\b|pp\b|times\b)/.test(rest.slice(0, end.index))) return undefined;
  // "over autoregressive decoding for LLaMA-2-7B and LLaMA-3.1-8B, respectively": the list is of what the claims were measured on.
  if (WORKLOAD_LIST.test(rest.slice(frame.phrase.length, end.index))) return undefined;
  return rest.slice(0, end.index).replace(/^both\s+/i, "").split(LIST_SPLIT).map((s) => s.trim()).filter(Boolean);
}

const WORKLOAD_LIST = /^\s+for\s/i;

/** "the CPU and GPU baselines": a plural head noun after the last item's one word. */
const SHARED_HEAD = /^(?:the\s+)?[\w-]+\s+((?!(?:is|was|has|does|its|this|thus|as|us|plus)$)[\w-]{3,}s)$/i;

/** The item at `position` of a list of `size`, with a shared head noun spread over its items ("the CPU and GPU baselines"). */
function itemAt(items: string[], size: number, position: number): string | undefined {
  // "three leading frameworks, TensorFlow Lite, TVM and MNN": the head noun names the list.
  const listed = items.length === size + 1 ? items.slice(1) : items;
  if (listed.length !== size) return undefined;
  const item = listed[position]!;
  const sharedHead = SHARED_HEAD.exec(listed.at(-1)!)?.[1];
  if (sharedHead && position < size - 1 && !/\s/.test(item.replace(LEADING_ARTICLE, ""))) {
    return `${item} ${sharedHead.replace(/s$/, "")}`.replace(LEADING_ARTICLE, "");
  }
  return cleanItem(position === size - 1 && sharedHead ? item.replace(/s$/, "") : item);
}

/**
 * "4x, 19x and 18x … relative to OuterSPACE, MKL and cuSPARSE, respectively": the i-th number of
 * a list takes the i-th item; numbers not written as one list ("over 100x and over 1000x … the
 * CPU and GPU baselines, respectively") align by their order in the sentence.
 */
/** "SOLE and MHAA, two prior normalization accelerators": a description after a list of names is no item of it. */
function withoutDescription(frame: BaselineFrame): string[] {
  const { items } = frame;
  const last = items.at(-1);
  return items.length >= 3 && last !== undefined && !/[A-Z\d]/.test(last) && items.slice(0, -1).every((item) => /[A-Z\d]/.test(item)) ? items.slice(0, -1) : items;
}

export function alignRespectively(sentence: string, frames: BaselineFrame[], n: SentenceNumber, numbers: SentenceNumber[]): string | undefined {
  const index = numbers.indexOf(n), total = numbers.length;
  // "6.2x and 3.2x speedup over an A100 GPU and over an NPU-only baseline, respectively": one frame per number, in order.
  const first = frames.find((f) => f.markerStart > n.end && !f.byOnly);
  if (first) {
    const listed = numbers.filter((o) => o.end <= first.markerStart);
    const nextNumber = numbers.find((o) => o.start > first.markerStart)?.start ?? Infinity;
    const run = frames.filter((f) => f.markerStart >= first.markerStart && f.markerStart < nextNumber && !f.byOnly);
    if (run.length >= 2 && run.length === listed.length) return firstItem(run[listed.indexOf(n)]!);
  }
  const byDistance = [...frames].sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start));
  for (const frame of byDistance) {
    const lists = [withoutDescription(frame), itemsThroughRespectively(sentence, frame)].filter((l): l is string[] => l !== undefined);
    for (const items of lists) {
      const inGroup = n.groupSize >= 2 ? itemAt(items, n.groupSize, n.item) : undefined;
      if (inGroup) return inGroup;
      const inSentence = total >= 2 ? itemAt(items, total, index) : undefined;
      if (inSentence) return inSentence;
    }
  }
  return undefined;
}
