<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
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
    <li><a href="rapport.html">Rapport voor de gemeenteraad</a>: alles op papier, ook als <a href="rapport.pdf">PDF</a></li>
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
  <@parts.chart p.chart()/>
  <@parts.distribution p "verdeling"/>
</section>

<section aria-labelledby="belangstelling">
  <h2 id="belangstelling">Belangstelling voor een IKC</h2>
  <p>Per kindcentrum staat of school en opvang een IKC willen worden.</p>
  <ul class="link-list">
  <#list p.interest() as g><li><a href="#${g.anchor()}">${g.name()}</a></li></#list>
  </ul>
  <@parts.interest p "h3"/>
</section>

<#if p.policy()??>
<#assign po = p.policy()>
<section aria-labelledby="beleid">
  <h2 id="beleid">Rol van de gemeente</h2>
  <@parts.policy po/>
</section>
</#if>
</@l.page>
