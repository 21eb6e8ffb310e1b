import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";
import { HARDWARE_CLASSES } from "@/lib/schema";

export default function HardwareLegend() {
  return (
    <ul className="legend" aria-label="Hardware colours">
      {HARDWARE_CLASSES.map((hw) => (
        <li key={hw}>
          <span className="swatch" style={{ background: HARDWARE_COLORS[hw] }} aria-hidden="true" />
          {hw}
        </li>
      ))}
    </ul>
  );
}
