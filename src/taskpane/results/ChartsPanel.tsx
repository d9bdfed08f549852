import { Caption1 } from "@fluentui/react-components";
import {
  Component,
  lazy,
  startTransition,
  Suspense,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { SummaryView } from "../../core";
import { useI18n } from "../i18n/context";
import { BlocAverages } from "./BlocAverages";

/** The charts library is large: it loads only once a result is there to draw. */
const ResultCharts = lazy(() => import("./ResultCharts"));

/** A chart that cannot draw leaves a line in its place, never a blank or broken result. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError = () => ({ failed: true });
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Charts as wide as the pane, redrawn when the pane is resized. The width is measured before the charts
 * are first drawn: drawn at a guessed width, each chart was drawn twice, the second time in one task with
 * the others.
 */
export function ChartsPanel({ summary }: { summary: SummaryView }) {
  const { m } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(300);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measured = Math.floor(element.getBoundingClientRect().width);
    if (measured > 0) setWidth(measured);
    const observer = new ResizeObserver(([entry]) => {
      const seen = Math.floor(entry?.contentRect.width ?? 0);
      // Drawn again chart by chart, as a transition: a resize never holds the page for every chart at once.
      if (seen > 0) startTransition(() => setWidth(seen));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box}>
      <ChartBoundary fallback={<Caption1>{m.results.chartsUnavailable}</Caption1>}>
        <Suspense fallback={<Caption1>{m.results.chartsLoading}</Caption1>}>
          <ResultCharts summary={summary} width={width} />
        </Suspense>
      </ChartBoundary>
      <BlocAverages summary={summary} />
    </div>
  );
}
