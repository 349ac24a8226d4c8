/** Cities of Anhui (and the neighbours buyers name most), with coordinates for distances. */
export const CITY_COORDINATES: Readonly<Record<string, readonly [latitude: number, longitude: number]>> = {
  Hefei: [31.82, 117.23],
  Chizhou: [30.66, 117.49],
  Wuhu: [31.35, 118.43],
  Chuzhou: [32.3, 118.32],
  Anqing: [30.54, 117.06],
  Bengbu: [32.92, 117.39],
  Huainan: [32.63, 117.0],
  "Ma'anshan": [31.67, 118.51],
  Tongling: [30.94, 117.81],
  Xuancheng: [30.94, 118.76],
  "Lu'an": [31.73, 116.52],
  Fuyang: [32.89, 115.81],
  Suzhou: [33.64, 116.98],
  Bozhou: [33.84, 115.78],
  Huangshan: [29.71, 118.34],
  Huaibei: [33.96, 116.8],
  Nanjing: [32.06, 118.8],
  Shanghai: [31.23, 121.47],
  Hangzhou: [30.27, 120.16],
};

/** Great-circle distance in km between two known cities, or undefined when either is unknown. */
export function distanceKm(from: string | null, to: string | null): number | undefined {
  const a = from ? CITY_COORDINATES[from] : undefined;
  const b = to ? CITY_COORDINATES[to] : undefined;
  if (!a || !b) return undefined;
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const [lat1, lon1] = a.map(radians) as [number, number];
  const [lat2, lon2] = b.map(radians) as [number, number];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
