// npm run validate: offline checks of manifest.xml and, after a build, dist/manifest.xml and the files it names
// (a production build names files by their content, so only the copy in dist/ names what dist/ holds).
// usage: node scripts/validate-manifest.js [manifest.xml ...]
const fs = require("fs");
const path = require("path");
const { checkManifest, describeIssue } = require("./manifest-checks");

const root = path.join(__dirname, "..");
const distDir = path.join(root, "dist");
const built = fs.existsSync(distDir);
const given = process.argv.slice(2);
const manifests =
  given.length > 0
    ? given.map((f) => path.resolve(f))
    : [path.join(root, "manifest.xml"), ...(built ? [path.join(distDir, "manifest.xml")] : [])];

let failed = false;
for (const file of manifests) {
  const name = path.relative(process.cwd(), file);
  const inDist = built && path.dirname(file) === distDir;
  const issues = checkManifest(fs.readFileSync(file, "utf8"), inDist ? { distDir } : {});
  for (const issue of issues) console.error(`${name}: ${describeIssue(issue)}`);
  if (issues.length === 0) console.log(`${name}: hợp lệ / valid`);
  failed ||= issues.length > 0;
}
if (!built)
  console.log(
    "Chưa có dist/: chạy npm run build để kiểm tra cả các tệp được tạo. / No dist/: run npm run build to check the built files too.",
  );
process.exitCode = failed ? 1 : 0;
