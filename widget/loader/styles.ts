/** Launcher and panel styles, scoped by the shadow root so host CSS cannot reach them (nor they the host). */
export function styles(color: string, side: 'left' | 'right'): string {
  return `
.l,.b,.p{position:fixed;z-index:2147483647;${side}:20px}
.l{bottom:20px;width:60px;height:60px;border:0;border-radius:50%;background:${color};color:#fff;cursor:pointer;
display:grid;place-items:center;box-shadow:0 6px 20px #0003;transition:transform .15s}
.l:hover{transform:scale(1.06)}
.l:focus-visible{outline:2px solid transparent;box-shadow:0 0 0 3px #fff,0 0 0 6px ${color}}
.l svg{width:28px;height:28px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.l[aria-expanded=true] .o,.l[aria-expanded=false] .x{display:none}
.b{bottom:62px;${side}:14px;min-width:22px;height:22px;padding:0 6px;box-sizing:border-box;border:2px solid #fff;
border-radius:11px;background:#e5484d;color:#fff;font:700 11px/18px system-ui,sans-serif;text-align:center;pointer-events:none}
.p{bottom:92px;width:380px;height:600px;max-height:calc(100vh - 112px);border-radius:16px;overflow:hidden;
background:#fff;box-shadow:0 12px 48px #0000003d}
[hidden]{display:none}
iframe{display:block;width:100%;height:100%;border:0}
@media (max-width:480px){.p{inset:0;width:auto;height:auto;max-height:none;border-radius:0}.l[aria-expanded=true]{display:none}}
@media (prefers-reduced-motion:reduce){.l{transition:none}}`;
}
