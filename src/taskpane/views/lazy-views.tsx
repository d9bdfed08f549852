import { Spinner } from "@fluentui/react-components";
import { useEffect, useState, type ComponentType } from "react";
import type { WorkbookHost } from "../../host/workbook-host";
import { whenIdle } from "../hooks/when-idle";
import { useI18n } from "../i18n/context";
import { useViewShown, ViewShownProvider } from "../hooks/view-shown";
import type { StartJob } from "../worker/start-job";

export type View = "templates" | "validate" | "rollup";

/** The views in the order the pane lists them. */
export const VIEWS: readonly View[] = ["templates", "validate", "rollup"];

type ViewProps = { host: WorkbookHost; startJob: StartJob };

// Each view is its own chunk: the page's start script holds only the shell, so its first view is drawn
// before the code of the other views (the checks, the roll-up's grids) is compiled. Not React.lazy: a
// suspended view would hold its content back for React's reveal throttle after the code is there.
const imports: Record<View, () => Promise<ComponentType<ViewProps>>> = {
  templates: () => import("./TemplatesView").then((m) => m.TemplatesView),
  validate: () => import("./ValidateView").then((m) => m.ValidateView),
  rollup: () => import("./RollupView").then((m) => m.RollupView),
};

const loading = new Map<View, Promise<ComponentType<ViewProps>>>();
const loaded = new Map<View, ComponentType<ViewProps>>();

/**
 * A view's code, asked for once; it may fail (a chunk not loaded), and then the pane says so, and a
 * later visit asks again.
 */
function load(view: View): Promise<ComponentType<ViewProps>> {
  let code = loading.get(view);
  if (!code) {
    code = Promise.resolve()
      .then(imports[view])
      .then((component) => {
        loaded.set(view, component);
        return component;
      });
    code.catch(() => loading.delete(view));
    loading.set(view, code);
  }
  return code;
}

/** The first view's code is asked for as the page starts, while React draws the shell. */
export function startLoading(view: View): void {
  void load(view).catch(() => undefined);
}

/** Loads the other views' code one at a time while the page is idle, so a later click finds it ready. */
function usePreparedViews() {
  useEffect(() => {
    const pending = (Object.keys(imports) as View[]).filter((view) => !loaded.has(view));
    let cancel = () => undefined as void;
    const next = () => {
      const view = pending.shift();
      if (view) cancel = whenIdle(() => void load(view).then(next, next));
    };
    next();
    return () => cancel();
  }, []);
}

function LazyView({ view, host, startJob }: { view: View } & ViewProps) {
  const { m } = useI18n();
  const shown = useViewShown();
  const [, setLoadedViews] = useState(loaded.size);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Asked again each time the view is shown while its code is not in: a failed load may pass later.
    if (!shown || loaded.has(view)) return;
    setFailed(false);
    load(view).then(
      () => setLoadedViews(loaded.size),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  }, [view, shown]);
  const Shown = loaded.get(view);
  if (Shown) return <Shown host={host} startJob={startJob} />;
  // A view whose code cannot be loaded (a browser without what the page unpacks it with, a server gone).
  if (failed) return <p role="alert">{m.viewFailed}</p>;
  return <Spinner size="small" label={m.viewOpening} />;
}

/**
 * The view shown, and every view opened before it kept, hidden: what a clerk typed or picked, a roll-up's
 * result and a write still running (with its stop) are there again on the way back. A hidden view is out
 * of the page (`hidden`: no focus, nothing read, its messages not announced); a view never opened is not
 * drawn at all, so its code is not needed until it is.
 */
export function KeptViews({ view, host, startJob }: { view: View } & ViewProps) {
  const [opened, setOpened] = useState<readonly View[]>([view]);
  if (!opened.includes(view)) setOpened([...opened, view]);
  usePreparedViews();
  return VIEWS.filter((v) => v === view || opened.includes(v)).map((v) => (
    // Each its own <main>, as HTML allows when all but one are hidden: the landmark is the view shown.
    <main key={v} hidden={v !== view}>
      <ViewShownProvider value={v === view}>
        <LazyView view={v} host={host} startJob={startJob} />
      </ViewShownProvider>
    </main>
  ));
}
