<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Hier ziet u per jaar wat er in de atlas is veranderd. Dat gaat over de metingen van de kindcentra en over scholen, opvang en kindcentra die opengingen, dichtgingen of een nieuwe naam kregen. De nieuwste jaren staan bovenaan.</p>
<#if p.years()?has_content>
<nav aria-label="Jaren">
  <ul class="link-list">
  <#list p.yearLinks() as y><li><a href="${y.href()}">${y.label()}</a></li></#list>
  </ul>
</nav>
<#list p.years() as y>
<section aria-labelledby="${y.anchor()}">
  <h2 id="${y.anchor()}">${y.year()}</h2>
  <#if y.assessments()?has_content>
  <h3 id="${y.anchor()}-metingen">Metingen</h3>
  <ul>
  <#list y.assessments() as a>
    <li><a href="${a.kindcentrum().href()}">${a.kindcentrum().label()}</a>: ${a.summary()}<#if a.shifts()?has_content>
      <ul><#list a.shifts() as s><li>${s}</li></#list></ul></#if></li>
  </#list>
  </ul>
  </#if>
  <#if y.provisions()?has_content>
  <h3 id="${y.anchor()}-voorzieningen">Scholen, opvang en kindcentra</h3>
  <ul>
  <#list y.provisions() as v>
    <li>${v.date()}: ${v.text()}<#if v.link()??> <a href="${v.link().href()}">${v.link().label()}</a></#if></li>
  </#list>
  </ul>
  </#if>
</section>
</#list>
<#else>
<p>Er zijn nog geen veranderingen bekend.</p>
</#if>
</@l.page>
