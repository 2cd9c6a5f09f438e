<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#import "geschiedenis.ftl" as g>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<@g.notice p.placeHistory()/>
<#if p.description()??><p class="lead">${p.description()}</p></#if>
<dl class="facts">
  <@l.linkFact "Gebied" p.area()/>
  <@g.facts p.placeHistory()/>
</dl>

<section aria-labelledby="partners">
  <h2 id="partners">Wie werken hier samen?</h2>
  <h3>Scholen</h3>
  <@l.cards p.schools() "Geen school."/>
  <h3>Opvang</h3>
  <@l.cards p.childcare() "Er doet (nog) geen opvanglocatie mee."/>
</section>

<section aria-labelledby="samenwerking">
  <h2 id="samenwerking">Hoe werken ze samen?</h2>
  <dl class="explained">
    <div><dt>Vorm</dt><dd><strong>${p.organisation().scenario().label()}</strong><br>${p.organisation().scenario().text()}</dd></div>
    <div><dt>Wie heeft de leiding?</dt><dd><strong>${p.organisation().lead().label()}</strong><br>${p.organisation().lead().text()}</dd></div>
    <div><dt>Belangstelling voor een IKC</dt><dd><strong>${p.organisation().interest().label()}</strong><br>${p.organisation().interest().text()}</dd></div>
    <div><dt>Huisvesting</dt><dd><strong>${p.organisation().housing().label()}</strong><br>${p.organisation().housing().text()}</dd></div>
    <#if p.organisation().housingWishes()??><div><dt>Wensen voor de huisvesting</dt><dd>${p.organisation().housingWishes()}</dd></div></#if>
  </dl>
</section>

<section aria-labelledby="niveaus">
  <h2 id="niveaus">Hoe ver is de samenwerking?</h2>
  <#if p.levels().latest()??>
  <#assign a = p.levels().latest()>
  <p>School en opvang kijken elk jaar samen hoe ver ze zijn. ${p.levels().scaleExplained()} <a href="${p.levels().instrumentHref()}">Lees meer over de thema's en niveaus</a>.</p>
  <p>Meting van ${a.year()}<#if a.date()??> (${a.date()})</#if><#if a.source()??>. Bron: ${a.source()}</#if>.<#if a.previousYear()??> Bij elk thema ziet u ook het niveau van ${a.previousYear()}.</#if></p>
  <#if a.note()??><p class="note">${a.note()}</p></#if>
  <ol class="scores">
  <#list a.scores() as s>
    <li class="score">
      <h3><a href="${s.themeHref()}">${s.theme()}</a></h3>
      <p class="score-now">${a.year()}: <@l.level s.level()/></p>
      <#if s.levelPlain()??><p>${s.levelPlain()}</p></#if>
      <#if s.previous()??>
      <p class="score-before">${a.previousYear()}: <@l.level s.previous()/></p>
      <p class="change change-${s.changeKind()}"><span aria-hidden="true"><#if s.changeKind() == "up">&#8599;<#elseif s.changeKind() == "down">&#8600;<#else>&#8594;</#if></span> ${s.change()}</p>
      </#if>
    </li>
  </#list>
  </ol>
  <#else>
  <p>Er is nog geen meting gedaan.</p>
  </#if>
</section>

<#if p.levels().history()??>
<#assign h = p.levels().history()>
<section aria-labelledby="eerder">
  <h2 id="eerder">Eerdere jaren</h2>
  <div class="table-scroll">
  <table>
    <caption>Niveau per thema in eerdere jaren</caption>
    <thead><tr><th scope="col">Thema</th><#list h.years() as y><th scope="col">${y}</th></#list></tr></thead>
    <tbody>
    <#list h.rows() as r>
      <tr><th scope="row">${r.theme()}</th><#list r.cells() as c><td>${c}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <ul class="year-notes">
  <#list h.notes() as n>
    <li><strong>${n.year()}</strong><#if n.date()??> (${n.date()})</#if><#if n.source()??>. Bron: ${n.source()}</#if>.<#if n.note()??> ${n.note()}</#if></li>
  </#list>
  </ul>
</section>
</#if>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">In de buurt</h2>
  <@kaart.map p.map()/>
</section>
</#if>
</@l.page>
