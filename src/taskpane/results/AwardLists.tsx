import { Text } from "@fluentui/react-components";
import { countLine, notEligibleLine, proposalLine, type AwardProposals, type UnitKind } from "../../core";
import { useI18n } from "../i18n/context";
import { CountedList } from "./CountedList";
import { WORDS } from "../../core/vocabulary";

/**
 * "Đề nghị khen thưởng" as the summary sheet of that name lists it, a line per proposal, where ties at
 * the last place made an award's list longer than its number the count that says so, then the units not
 * eligible and why; nothing without award rules, or when they leave nothing to list.
 */
export function AwardLists({ awards, kind }: { awards: AwardProposals | null; kind: UnitKind | undefined }) {
  const { t } = useI18n();
  if (!awards || (awards.proposals.length === 0 && awards.notEligible.length === 0)) return null;
  const longer = awards.counts.filter((c) => c.beyond > 0);
  return (
    <>
      <CountedList
        title={t(WORDS.awards.sheet)}
        always
        items={awards.proposals.map((p) => ({ key: `${p.award}-${p.code}`, text: t(proposalLine(p, kind)) }))}
      />
      {longer.length > 0 && (
        <Text as="p" block>
          {[WORDS.awards.ties, ...longer.map((c) => countLine(c, kind))].map((line) => t(line)).join(" ")}
        </Text>
      )}
      <CountedList
        title={t(WORDS.awards.notEligibleTitle)}
        items={awards.notEligible.map((u) => ({ key: u.code, text: t(notEligibleLine(u)) }))}
      />
    </>
  );
}
