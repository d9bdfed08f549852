import { createContext, useContext } from "react";

/**
 * Whether the view around a component is the one shown. The pane keeps every view it has opened (what a
 * clerk typed, a roll-up's result, a write still running all outlive a visit elsewhere) and hides the
 * others; what a hidden view does must wait for it to be shown: focus nothing, ask Excel nothing.
 */
const ViewShown = createContext(true);

export const ViewShownProvider = ViewShown.Provider;

export const useViewShown = () => useContext(ViewShown);
