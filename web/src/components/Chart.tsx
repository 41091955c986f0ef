import { useCallback, useEffect, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

/**
 * An ECharts chart with only the pieces the app uses bundled, always as wide as its box.
 *
 * The box is inline-size contained: ECharts draws at a fixed pixel width, and without the
 * containment that width becomes the page's minimum, so a narrowing window never narrows the box.
 * The chart is then fitted to the box whenever the two differ, on every change of the box's size
 * and once the chart is ready: echarts-for-react's own sensor ignores its first report, and a
 * window resized while the chart is being created would leave the chart at its old width.
 */
export function Chart({ option, height = 280, label }: { option: EChartsOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReactEChartsCore>(null);
  const fit = useCallback(() => {
    const el = box.current;
    const instance = chart.current?.getEchartsInstance();
    if (el && instance && !instance.isDisposed() && instance.getWidth() !== el.clientWidth) {
      instance.resize({ width: 'auto', height: 'auto' });
    }
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(fit, 80);
    };
    const observer = new ResizeObserver(later);
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [fit]);
  return (
    <div ref={box} role="img" aria-label={label} style={{ contain: 'inline-size' }}>
      <ReactEChartsCore
        ref={chart}
        echarts={echarts}
        option={{ aria: { enabled: true }, ...option }}
        style={{ height, width: '100%' }}
        notMerge
        lazyUpdate
        onChartReady={() => setTimeout(fit, 0)}
      />
    </div>
  );
}
