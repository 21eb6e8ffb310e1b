import { LABELLED_SETS, extractLabelledSet, readGold } from "../lib/eval/labelled-sets";
import { explainText } from "../lib/extract";
import { formatTrace } from "../lib/extract/trace";
const q = process.argv[2]!.toLowerCase();
for (const set of LABELLED_SETS) {
  const { papers, claims } = extractLabelledSet(set);
  for (const p of papers.filter((p) => p.title.toLowerCase().includes(q))) {
    console.log(`# ${p.title}\n${p.abstract}\n`);
    for (const c of claims.filter((c) => c.paperId === (p as any).id)) console.log(`  ${c.kind} ${c.value} ${c.qualifier} ${c.hardware.class} ${c.hardware.device ?? ""} bh=${c.baselineHardware ?? ""} | ${c.baseline ?? ""} | "${c.evidence?.text ?? (c as any).text}"`);
    const gold = readGold(set.gold).find((g) => g.title === p.title);
    for (const g of gold?.claims ?? []) console.log(`  GOLD ${g.kind} ${g.value} ${g.qualifier} ${g.hardware} ${g.device ?? ""} | ${g.baseline ?? ""} | "${g.text}"`);
    if (process.argv[3]) for (const l of formatTrace(explainText(p.abstract, p.title).trace)) if (/hardware/.test(l)) console.log(l);
  }
}
