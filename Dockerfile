# The PlanGraph app for `docker compose up`; the database is the official neo4j image.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:ui
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# `start` ingests data/plans (skipping unchanged plans) and serves; NEO4J_URI points at the neo4j service.
CMD ["node", "--import", "tsx", "src/main.ts", "start"]
