<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Op deze pagina ziet u in één keer hoe ver elk kindcentrum is met de samenwerking tussen school en opvang. Per thema staat het niveau van de laatste meting. Een pijl laat zien of het niveau hoger, gelijk of lager is dan bij de meting ervoor.</p>

<nav class="page-nav" aria-label="Op deze pagina">
  <ul class="link-list">
    <li><a href="#niveaus-per-gebied">Niveaus per gebied</a></li>
    <li><a href="#verdeling">Aantal kindcentra per niveau</a></li>
    <li><a href="#belangstelling">Belangstelling voor een IKC</a></li>
    <#if p.policy()??><li><a href="#beleid">Rol van de gemeente</a></li></#if>
    <li><a href="monitor/gebieden.html">Cijfers per gebied</a>: scholen, opvang, peuters en plannen</li>
    <li><a href="wijzigingen.html">Wat is er veranderd?</a> (per jaar)</li>
    <li><a href="downloads.html">Open data</a>: alle gegevens om te downloaden</li>
  </ul>
</nav>

<section aria-labelledby="niveaus-per-gebied">
  <h2 id="niveaus-per-gebied">Niveaus per gebied</h2>
  <p>Kies een gebied:</p>
  <ul class="link-list">
  <#list p.areas() as a><li><a href="#${a.anchor()}">${a.name()}</a></li></#list>
  </ul>
  <p>Wat de thema's betekenen, leest u bij het <a href="instrument.html">ontwikkelinstrument</a>. Het getal achter een niveau is het nummer van dat niveau: 1 is het laagste.</p>
  <#list p.areas() as a>
  <h3 id="${a.anchor()}">${a.name()}</h3>
  <div class="table-scroll" role="region" aria-labelledby="${a.anchor()}-caption" tabindex="0">
  <table class="monitor">
    <caption id="${a.anchor()}-caption">Niveaus van de kindcentra in ${a.name()}</caption>
    <thead>
      <tr><th scope="col">Kindcentrum</th><th scope="col">Jaar</th><#list p.themes() as t><th scope="col"><a href="${t.href()}">${t.label()}</a></th></#list></tr>
    </thead>
    <tbody>
    <#list a.rows() as r>
      <tr>
        <th scope="row"><a href="${r.kindcentrum().href()}">${r.kindcentrum().label()}</a></th>
        <td><#if r.year()?has_content>${r.year()}<#else>Nog niet gemeten</#if></td>
        <#list r.cells() as c>
        <td class="${c.cssClass()}">${c.text()}<#if c.arrow()??> <span aria-hidden="true" class="change">${c.arrow()}</span><span class="visually-hidden">, ${c.change()}</span></#if></td>
        </#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#list>
  <p>↑ hoger dan bij de vorige meting, = gelijk, ↓ lager.</p>
</section>

<section aria-labelledby="verdeling">
  <h2 id="verdeling">Aantal kindcentra per niveau</h2>
  <#assign ch = p.chart()>
  <figure class="chart">
    <svg viewBox="0 0 ${ch.width()?c} ${ch.height()?c}" width="100%" role="img" aria-labelledby="${ch.id()}-title ${ch.id()}-desc">
      <title id="${ch.id()}-title">${ch.title()}</title>
      <desc id="${ch.id()}-desc">${ch.description()}</desc>
      <defs>
      <#list ch.patterns() as pt>
        <pattern id="${pt.id()}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${pt.background()}"/><#if pt.path()?has_content><path d="${pt.path()}" stroke="${pt.stroke()}" stroke-width="1.5"/></#if></pattern>
      </#list>
      </defs>
      <#list ch.rows() as r>
      <text x="${r.labelX()?c}" y="${r.labelY()?c}" text-anchor="end" font-size="13">${r.label()}</text>
      <#list r.segments() as s>
      <rect x="${s.x()?c}" y="${s.y()?c}" width="${s.width()?c}" height="${s.height()?c}" fill="${s.fill()}" stroke="#1b1b1b" stroke-width="0.5"><title>${s.title()}</title></rect>
      <#if s.text()??><text x="${s.textX()?c}" y="${s.textY()?c}" text-anchor="middle" font-size="12" fill="${s.textColour()}">${s.text()}</text></#if>
      </#list>
      </#list>
      <#list ch.legend() as lg>
      <rect x="${lg.x()?c}" y="${lg.y()?c}" width="${lg.size()?c}" height="${lg.size()?c}" fill="${lg.fill()}" stroke="#1b1b1b" stroke-width="0.5"/>
      <text x="${lg.textX()?c}" y="${lg.textY()?c}" font-size="13">${lg.label()}</text>
      </#list>
    </svg>
    <figcaption>${ch.title()}. Elk kindcentrum telt mee met zijn laatste meting.</figcaption>
  </figure>
  <div class="table-scroll" role="region" aria-labelledby="verdeling-caption" tabindex="0">
  <table>
    <caption id="verdeling-caption">Aantal kindcentra per niveau, per thema (dezelfde getallen als de grafiek)</caption>
    <thead>
      <tr><th scope="col">Thema</th><#list p.levelNames() as n><th scope="col">${n}</th></#list><th scope="col">Totaal</th></tr>
    </thead>
    <tbody>
    <#list p.distribution() as d>
      <tr><th scope="row">${d.theme()}</th><#list d.counts() as c><td>${c}</td></#list><td>${d.total()}</td></tr>
    </#list>
    </tbody>
  </table>
  </div>
</section>

<section aria-labelledby="belangstelling">
  <h2 id="belangstelling">Belangstelling voor een IKC</h2>
  <p>Per kindcentrum staat of school en opvang een IKC willen worden.</p>
  <ul class="link-list">
  <#list p.interest() as g><li><a href="#${g.anchor()}">${g.name()}</a></li></#list>
  </ul>
  <#list p.interest() as g>
  <h3 id="${g.anchor()}">${g.name()}</h3>
  <p>${g.explanation()}</p>
  <#if g.kindcentra()?has_content>
  <ul>
  <#list g.kindcentra() as k><li><a href="${k.href()}">${k.label()}</a></li></#list>
  </ul>
  <#else>
  <p>Geen kindcentra.</p>
  </#if>
  </#list>
</section>

<#if p.policy()??>
<#assign po = p.policy()>
<section aria-labelledby="beleid">
  <h2 id="beleid">Rol van de gemeente</h2>
  <p>De gemeente kiest een <strong>${po.role()}</strong> rol. ${po.roleExplained()}</p>
  <#if po.description()??><p>${po.description()}</p></#if>
  <#if po.budget()??><p>Budget: ${po.budget()}</p></#if>
  <#if po.source()??><p class="source">${po.source()}</p></#if>
</section>
</#if>
</@l.page>
