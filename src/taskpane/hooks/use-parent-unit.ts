import { useEffect, useState } from "react";
import type { Campaign, UnitKind } from "../../core";

/**
 * The unit a summary goes upward under: the campaign's (TD_Parent) fills the fields left empty, and staff
 * may still change them.
 */
export function useParentUnit(campaignParent: Campaign["parent"] | undefined) {
  const [parentCode, setParentCode] = useState("");
  const [parentName, setParentName] = useState("");
  // A unit kind's key; the campaign's (TD_Parent) until staff pick another, a province's without either.
  const [parentKind, setParentKind] = useState<UnitKind>("federation");
  const [parentAsked, setParentAsked] = useState(false);
  useEffect(() => {
    if (!campaignParent) return;
    setParentCode((typed) => typed || campaignParent.code);
    setParentName((typed) => typed || campaignParent.name);
    if (campaignParent.kind) setParentKind(campaignParent.kind);
  }, [campaignParent]);
  return {
    parentCode,
    setParentCode,
    parentName,
    setParentName,
    parentKind,
    setParentKind,
    parentAsked,
    setParentAsked,
  };
}
