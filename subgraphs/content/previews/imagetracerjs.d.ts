// imagetracerjs ships no types: the one call the tracer makes.
declare module 'imagetracerjs' {
  const ImageTracer: {
    imagedataToSVG(image: { width: number; height: number; data: Uint8ClampedArray }, options: Record<string, unknown>): string;
  };
  export default ImageTracer;
}
